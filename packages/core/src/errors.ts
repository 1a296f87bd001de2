/**
 * Typed error catalog. Every module declares its errors once — a stable code, an HTTP status and a
 * message a person can act on — and throws them with `catalog.code(details)`. The server turns any
 * `AppError` into the API's single error shape; anything else becomes an opaque 500.
 */

export interface ErrorDefinition {
  /** HTTP status the transport layer should answer with. */
  status: number;
  /** What went wrong and how to fix it, written for the person reading the response. */
  message: string;
}

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  toJSON(): { code: string; message: string; details?: unknown } {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export type ErrorFactory = ((details?: unknown, message?: string) => AppError) & {
  readonly code: string;
  readonly status: number;
  /** True when `error` was produced by this factory. */
  is(error: unknown): error is AppError;
};

/**
 * Declares a module's catalog. Codes are namespaced by the caller (`content.page_not_found`)
 * so they never collide across modules.
 */
export function defineErrors<const T extends Record<string, ErrorDefinition>>(
  namespace: string,
  definitions: T,
): { [K in keyof T]: ErrorFactory } {
  const catalog = {} as { [K in keyof T]: ErrorFactory };
  for (const key of Object.keys(definitions) as Array<keyof T & string>) {
    const def = definitions[key] as ErrorDefinition;
    const code = `${namespace}.${key}`;
    const factory = ((details?: unknown, message?: string) =>
      new AppError(code, def.status, message ?? def.message, details)) as ErrorFactory;
    Object.defineProperties(factory, {
      code: { value: code },
      status: { value: def.status },
      is: { value: (error: unknown) => error instanceof AppError && error.code === code },
    });
    catalog[key] = factory;
  }
  return catalog;
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Errors raised by the kernel itself. */
export const CoreErrors = defineErrors('core', {
  validation_failed: {
    status: 400,
    message: 'The request is not valid. See `details` for each field that needs fixing.',
  },
  malformed_json: {
    status: 400,
    message: 'The request body is not valid JSON. Check the position given in `details`.',
  },
  not_found: { status: 404, message: 'Nothing exists at this address. Check the URL and the id in it.' },
  payload_too_large: {
    status: 413,
    message: 'The request body is larger than this server accepts. Send a smaller body.',
  },
  unsupported_media_type: {
    status: 415,
    message: 'This endpoint expects `Content-Type: application/json`.',
  },
  tenant_required: {
    status: 403,
    message: 'This action needs an App context. Open the App first, then try again.',
  },
  forbidden: { status: 403, message: 'Your role in this App does not allow this action.' },
  conflict: { status: 409, message: 'The resource changed or already exists. Reload and try again.' },
  rate_limited: { status: 429, message: 'Too many requests. Wait a moment and try again.' },
  unavailable: { status: 503, message: 'The service is starting or shutting down. Try again shortly.' },
  internal: {
    status: 500,
    message: 'Something went wrong on our side. Try again; if it keeps happening, report the request id.',
  },
});
