/**
 * Writes under way on a worker thread's own connection (the import commit and undo, see
 * core/imports/commit-worker). While one runs, a write on the main thread's connection
 * would make SQLite wait synchronously (busy_timeout) and freeze the window: the API
 * dispatch awaits `idle()` before a method that writes, and the main connection's `tx`
 * refuses at once (`refuseWhileWriting`) instead of waiting. `connections` counts worker
 * connections open on the file (a restore must not swap the file under them).
 */
import { AppError } from '../errors';

export const WORKER_WRITING_MESSAGE =
  'PlanDesk đang ghi một bảng vừa nhập vào dữ liệu nên chưa lưu được thay đổi này (thay đổi vừa rồi chưa được lưu). Hãy thử lại sau vài giây.';

export class WriteGate {
  private writes = 0;
  private open = 0;
  private waiters: Array<() => void> = [];

  /** Writes under way on worker connections. */
  get writing(): number {
    return this.writes;
  }

  /** Worker connections open on the database file. */
  get connections(): number {
    return this.open;
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

  /** Resolves when no worker write is under way (at once when none is). */
  async idle(): Promise<void> {
    while (this.writes > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Resolves when no worker write is under way and no worker connection is open. */
  async quiet(): Promise<void> {
    while (this.writes > 0 || this.open > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** The main connection's safety net: never a synchronous wait behind a worker's write. */
  refuseWhileWriting(): void {
    if (this.writes > 0) throw new AppError('CONFLICT', WORKER_WRITING_MESSAGE);
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
