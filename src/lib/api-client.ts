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

  constructor(failure: ApiFailure, message: string, details: { status?: number; field?: string } = {}) {
    super(message);
    this.name = 'ApiError';
    this.failure = failure;
    this.status = details.status;
    this.field = details.field;
  }
}

export function apiUrl(path: string): string {
  return new URL(`${apiBaseUrl}${path}`, document.baseURI).toString();
}

async function errorMessageFrom(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = ApiErrorBody.safeParse(body);
  return parsed.success ? parsed.data.error.message : `HTTP ${response.status}`;
}

/** Every response passes through here and is validated before the app sees it. */
export async function fetchJson<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  init?: RequestInit,
): Promise<z.infer<Schema>> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { ...init, headers: { Accept: 'application/json' } });
  } catch (cause) {
    throw new ApiError('network', `network error for ${path}: ${String(cause)}`);
  }
  if (!response.ok) {
    throw new ApiError('http', await errorMessageFrom(response), { status: response.status });
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
