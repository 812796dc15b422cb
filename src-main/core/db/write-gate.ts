/**
 * Writes under way on a worker thread's own connection (the import commit and undo, see
 * core/imports/commit-worker). While one runs, a write on the main thread's connection
 * would make SQLite wait synchronously (busy_timeout) and freeze the window: the API
 * dispatch awaits `idle()` before a method that writes, and the main connection's `tx`
 * refuses at once (`refuseWhileWriting`) instead of waiting. `connections` counts worker
 * connections open on the file (a restore must not swap the file under them). A restore
 * holds writes back the same way while it backs up the current data and swaps the file.
 */
import { AppError } from '../errors';

export const WORKER_WRITING_MESSAGE =
  'PlanDesk đang ghi một bảng vừa nhập vào dữ liệu nên chưa lưu được thay đổi này (thay đổi vừa rồi chưa được lưu). Hãy thử lại sau vài giây.';

export const RESTORING_MESSAGE =
  'PlanDesk đang khôi phục dữ liệu từ bản sao lưu nên chưa lưu được thay đổi này (thay đổi vừa rồi chưa được lưu). Hãy thử lại khi khôi phục xong.';

export class WriteGate {
  private writes = 0;
  private open = 0;
  private restoring = 0;
  private waiters: Array<() => void> = [];

  /** Writes under way on worker connections. */
  get writing(): number {
    return this.writes;
  }

  /** Worker connections open on the database file. */
  get connections(): number {
    return this.open;
  }

  /** Restores holding writes back (at most one: a restore waits for `quiet()` first). */
  get restores(): number {
    return this.restoring;
  }

  /** Whether the main connection must not write now: a worker writes, or a restore is replacing the file. */
  get busy(): boolean {
    return this.writes > 0 || this.restoring > 0;
  }

  /**
   * A restore holds every write back from its safety backup to its file swap (a change made
   * in between would be in neither): call the returned function (once) when it has settled.
   */
  beginRestore(): () => void {
    this.restoring++;
    return this.once(() => this.restoring--);
  }

  /** A worker write starts: call the returned function (once) when it has settled. */
  beginWrite(): () => void {
    this.writes++;
    return this.once(() => this.writes--);
  }

  /** A worker connection opens: call the returned function (once) when it is closed. */
  openConnection(): () => void {
    this.open++;
    return this.once(() => this.open--);
  }

  /** Resolves when no worker write and no restore is under way (at once when none is). */
  async idle(): Promise<void> {
    while (this.busy) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Resolves when no worker write is under way, no worker connection is open and no restore holds writes (one restore at a time). */
  async quiet(): Promise<void> {
    while (this.writes > 0 || this.open > 0 || this.restoring > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** The main connection's safety net: never a synchronous wait behind a worker's write. */
  refuseWhileWriting(): void {
    if (this.writes > 0) throw new AppError('CONFLICT', WORKER_WRITING_MESSAGE);
    if (this.restoring > 0) throw new AppError('CONFLICT', RESTORING_MESSAGE);
  }

  private once(settle: () => void): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      settle();
      for (const wake of this.waiters.splice(0)) wake();
    };
  }
}
