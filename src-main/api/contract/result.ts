/** The envelope every door returns: never an exception across a door. */
export interface ApiError {
  code: string;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
