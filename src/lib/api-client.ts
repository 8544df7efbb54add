import type * as z from 'zod/mini';

/**
 * Where the data comes from. Unset: the embedded mock API served by MSW on
 * this origin. Set (at build time) to a real backend implementing docs/API.md.
 */
export const apiBaseUrl: string = import.meta.env.VITE_API_BASE_URL || '/api/v1';
export const usesEmbeddedMocks = !import.meta.env.VITE_API_BASE_URL;
/** Built with VITE_API_STATIC_FILES, the API is the build's static files (build/static-api-files.ts): `{path}.json`. */
const fileSuffix = import.meta.env.VITE_API_STATIC_FILES ? '.json' : '';

/** How long a request may take before it is given up, and before the wait is called slow; tests shorten both. */
export const requestPolicy = { timeoutMs: 15_000, slowAfterMs: 4_000 };

export type ApiFailure = 'offline' | 'network' | 'timeout' | 'http' | 'notJson' | 'malformedJson' | 'schema';

export class ApiError extends Error {
  readonly failure: ApiFailure;
  readonly status: number | undefined;
  /** For schema failures: where in the payload, e.g. "figures.2.value". */
  readonly field: string | undefined;
  /** The server's own explanation, from the API's JSON error body. */
  readonly serverMessage: string | undefined;
  /** From a Retry-After header: when the server asks to be asked again. */
  readonly retryAfterMs: number | undefined;

  constructor(
    failure: ApiFailure,
    message: string,
    details: { status?: number; field?: string; serverMessage?: string; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.failure = failure;
    this.status = details.status;
    this.field = details.field;
    this.serverMessage = details.serverMessage;
    this.retryAfterMs = details.retryAfterMs;
  }

  /** Failures that may pass on their own, and so are retried; bad data stays bad. */
  get transient(): boolean {
    const status = this.status ?? 0;
    return ['offline', 'network', 'timeout'].includes(this.failure) || status >= 500 || status === 429;
  }
}

/** Outside a page (the build's prerender) the embedded API answers any origin. */
const pageBase = () => (typeof document === 'undefined' ? 'http://localhost/' : document.baseURI);

export function apiUrl(path: string): string {
  return new URL(`${apiBaseUrl}${path}${fileSuffix}`, pageBase()).toString();
}

async function serverMessageFrom(response: Response): Promise<string | undefined> {
  const body: unknown = await response.json().catch(() => null);
  // Loaded here, not with the page: see report-queries.ts.
  const { ApiError: ApiErrorBody } = await import('./report-schema');
  const parsed = ApiErrorBody.safeParse(body);
  return parsed.success ? parsed.data.error.message : undefined;
}

/** Retry-After is either seconds or an HTTP date. */
function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

async function send(path: string, init: RequestInit | undefined): Promise<Response> {
  const headers = new Headers(init?.headers);
  headers.set('Accept', 'application/json');
  const timeout = AbortSignal.timeout(requestPolicy.timeoutMs);
  const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  try {
    return await fetch(apiUrl(path), { ...init, headers, signal });
  } catch (cause) {
    if (timeout.aborted) {
      throw new ApiError('timeout', `${path} did not answer within ${requestPolicy.timeoutMs} ms`);
    }
    if (init?.signal?.aborted) throw cause;
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new ApiError(offline ? 'offline' : 'network', `network error for ${path}: ${String(cause)}`);
  }
}

/** Every response passes through here and is validated before the app sees it. */
export async function fetchJson<Schema extends z.ZodMiniType>(
  path: string,
  schema: Schema,
  init?: RequestInit,
): Promise<z.infer<Schema>> {
  const response = await send(path, init);
  if (!response.ok) {
    const serverMessage = await serverMessageFrom(response);
    throw new ApiError('http', serverMessage ?? `HTTP ${response.status} for ${path}`, {
      status: response.status,
      serverMessage,
      retryAfterMs: retryAfterMs(response),
    });
  }
  // A static host without the API answers /api/... with index.html and status 200.
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) {
    throw new ApiError('notJson', `${path} answered ${contentType || 'no content type'} instead of JSON`, {
      status: response.status,
    });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('malformedJson', `${path} answered malformed JSON`, { status: response.status });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? issue.path.join('.') || '(gốc)' : '(gốc)';
    throw new ApiError('schema', `${path}: ${field}: ${issue?.message ?? 'invalid'}`, { field });
  }
  return parsed.data;
}
