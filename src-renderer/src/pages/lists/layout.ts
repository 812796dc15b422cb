/**
 * The flat index space the virtual list scrolls through: for each group, a header item
 * (when grouped) then its rows. Pure, so the mapping is easy to reason about.
 */
export interface Group {
  key: number;
  label: string;
  count: number;
}

export type Item = { kind: 'group'; group: Group } | { kind: 'row'; group: Group; offset: number };

export interface Layout {
  count: number;
  itemAt(index: number): Item | undefined;
}

export function buildLayout(groups: Group[], grouped: boolean): Layout {
  const starts: number[] = [];
  let count = 0;
  for (const g of groups) {
    starts.push(count);
    count += g.count + (grouped ? 1 : 0);
  }
  return {
    count,
    itemAt(index) {
      if (index < 0 || index >= count) return undefined;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= index) lo = mid;
        else hi = mid - 1;
      }
      const group = groups[lo]!;
      const within = index - starts[lo]!;
      if (grouped && within === 0) return { kind: 'group', group };
      return { kind: 'row', group, offset: within - (grouped ? 1 : 0) };
    },
  };
}
