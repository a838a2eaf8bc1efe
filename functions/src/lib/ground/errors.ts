/** A refusal the API reports as `{error: {code, message, details?}}` (API.md Conventions). */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    zh: string,
    en: string,
    readonly details?: unknown,
  ) {
    super(`${zh} / ${en}`)
  }
}

export class ValidationError extends DomainError {
  constructor(details: { path: string; message: string }[]) {
    super(400, 'VALIDATION', '请求内容有误', 'the request is not valid', details)
  }
}

export class UnauthenticatedError extends DomainError {
  constructor() {
    super(401, 'UNAUTHENTICATED', '请先登录', 'sign in first')
  }
}

export class ForbiddenError extends DomainError {
  constructor(zh = '没有权限', en = 'not allowed') {
    super(403, 'FORBIDDEN', zh, en)
  }
}

export class NotFoundError extends DomainError {
  constructor(zhWhat: string, enWhat: string) {
    super(404, 'NOT_FOUND', `找不到${zhWhat}`, `${enWhat} not found`)
  }
}

/**
 * A `.catch` that answers for a missing object only: any other failure (a throttled or
 * broken read) stays what it is, never a wrong "no such thing".
 */
export const ifMissing =
  <T>(answer: () => T) =>
  (err: unknown): T => {
    if (err instanceof NotFoundError) return answer()
    throw err
  }
