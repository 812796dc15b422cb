/**
 * Errors the core raises on purpose carry a code and a Vietnamese message a person
 * can act on. Anything else is a bug and is reported as INTERNAL without details.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'NOT_FOUND',
  'CONFLICT',
  'DB_TOO_NEW',
  'DB_NOT_PLANDESK',
  'DB_OPEN_FAILED',
  'DB_READ_ONLY',
  'DB_DAMAGED',
  'DISK_FULL',
  'SEED_INVALID',
  'IO_ERROR',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
