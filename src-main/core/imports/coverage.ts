/** Which merge covers a cell: answers "is this cell the top-left of a merge, or covered by one?". */
import type { Merge, RawTable } from './types';

export class Coverage {
  private readonly owner = new Map<number, Merge>();
  constructor(private readonly table: RawTable) {
    const width = table.rows[0]?.length ?? 0;
    for (const m of table.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.owner.set(r * width + c, m);
      }
    }
  }

  private key(r: number, c: number): number {
    return r * (this.table.rows[0]?.length ?? 0) + c;
  }

  /** The merge a cell belongs to, if any. */
  mergeAt(r: number, c: number): Merge | undefined {
    return this.owner.get(this.key(r, c));
  }

  /** Covered by a merge that starts in an earlier row (a vertically merged cell below its first row). */
  coveredFromAbove(r: number, c: number): Merge | undefined {
    const m = this.mergeAt(r, c);
    return m && m.top < r ? m : undefined;
  }

  /** Covered by a merge that starts further left in the same row. */
  coveredFromLeft(r: number, c: number): Merge | undefined {
    const m = this.mergeAt(r, c);
    return m && m.top === r && m.left < c ? m : undefined;
  }

  /** The text a cell shows: its own, or the merge's top-left text. */
  shownText(r: number, c: number): string {
    const m = this.mergeAt(r, c);
    if (m) return this.table.rows[m.top]?.[m.left] ?? '';
    return this.table.rows[r]?.[c] ?? '';
  }
}
