import type { z } from 'zod';
import { ApiError as ApiErrorBody } from './report-schema';

/**
 * Where the data comes from. Unset: the embedded mock API served by MSW on
 * this origin. Set (at build time) to a real backend implementing docs/API.md.
 */
export const apiBaseUrl: string = import.meta.env.VITE_API_BASE_URL || '/api/v1';
export const usesEmbeddedMocks = !import.meta.env.VITE_API_BASE_URL;

export type ApiFailure = 'network' | 'http' | 'notJson' | 'schema';

export class ApiError extends Error {
  readonly failure: ApiFailure;
  readonly status: number | undefined;
  /** For schema failures: where in the payload, e.g. "figures.2.value". */
  readonly field: string | undefined;
  /** The server's own explanation, from the API's JSON error body. */
  readonly serverMessage: string | undefined;

  constructor(
    failure: ApiFailure,
    message: string,
    details: { status?: number; field?: string; serverMessage?: string } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.failure = failure;
    this.status = details.status;
    this.field = details.field;
    this.serverMessage = details.serverMessage;
  }
}

export function apiUrl(path: string): string {
  return new URL(`${apiBaseUrl}${path}`, document.baseURI).toString();
}

async function serverMessageFrom(response: Response): Promise<string | undefined> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = ApiErrorBody.safeParse(body);
  return parsed.success ? parsed.data.error.message : undefined;
}

/** Every response passes through here and is validated before the app sees it. */
export async function fetchJson<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  init?: RequestInit,
): Promise<z.infer<Schema>> {
  let response: Response;
  try {
    const headers = new Headers(init?.headers);
    headers.set('Accept', 'application/json');
    response = await fetch(apiUrl(path), { ...init, headers });
  } catch (cause) {
    throw new ApiError('network', `network error for ${path}: ${String(cause)}`);
  }
  if (!response.ok) {
    const serverMessage = await serverMessageFrom(response);
    throw new ApiError('http', serverMessage ?? `HTTP ${response.status} for ${path}`, {
      status: response.status,
      serverMessage,
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
    throw new ApiError('notJson', `${path} answered malformed JSON`, { status: response.status });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? issue.path.join('.') || '(gốc)' : '(gốc)';
    throw new ApiError('schema', `${path}: ${field}: ${issue?.message ?? 'invalid'}`, { field });
  }
  return parsed.data;
}
