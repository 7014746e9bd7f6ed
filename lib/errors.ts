// Expected failures of domain operations. Their messages are shown to the user (Chinese and
// English); anything else is an unexpected error and is shown only as a generic message.
export type AppErrorCode =
  | "NOT_FOUND"
  | "INVALID_INPUT"
  | "INVALID_STATE"
  | "FORBIDDEN"
  | "CONFLICT"
  | "LAST_ADMIN"
  /** a service the operation needs (e.g. the mail server) is not configured or not answering */
  | "UNAVAILABLE";

const STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  INVALID_STATE: 409,
  FORBIDDEN: 403,
  CONFLICT: 409,
  LAST_ADMIN: 409,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly zh: string,
    readonly en: string = zh,
  ) {
    super(en);
  }
  get status(): number {
    return STATUS[this.code];
  }
  messageFor(locale: string): string {
    return locale === "en" ? this.en : this.zh;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
