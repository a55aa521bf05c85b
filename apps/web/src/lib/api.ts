import { errorBodySchema } from '@pilotis/shared';

/** An API failure in the one shape the server uses: `{ error: { code, message, issues? } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The session lives in an httpOnly cookie; state-changing requests must echo the session's CSRF
 * token, which the server hands out with /api/me, login and password change.
 */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

let language = 'fr';
/** Sent as Accept-Language so the server may answer in the UI language. */
export function setApiLanguage(lang: string) {
  language = lang;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  // FormData (uploads) sets its own multipart content type with the boundary: never override it.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'include',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'network_error');
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;

  const parsed = errorBodySchema.safeParse(payload);
  if (parsed.success) {
    const { code, message, issues } = parsed.data.error;
    throw new ApiError(response.status, code, message, issues);
  }
  throw new ApiError(response.status, 'internal_error', response.statusText);
}

export const apiGet = <T>(path: string) => api<T>('GET', path);
export const apiPost = <T>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});
export const apiPatch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const apiDelete = <T = void>(path: string) => api<T>('DELETE', path);
/** Multipart upload: the CSRF header is sent as for any other write. */
export const apiUpload = <T>(path: string, form: FormData) => api<T>('POST', path, form);

/** A query string from the non-empty values of `params`. */
export function toQueryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '' && value !== false) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);
