/** The messages between the restore worker (worker.ts) and the main thread (run-worker.ts). */
export type RestoreJob =
  | { kind: 'inspect'; file: string }
  | { kind: 'stage'; dbPath: string; file: string; auditNote: Record<string, unknown> };

export type RestoreRequest = RestoreJob & { id: number };

export type RestoreReply = { id: number } & ({ ok: true; value: unknown } | { ok: false; code: string; message: string });
