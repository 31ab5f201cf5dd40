import { ApiError, parseErrorBody } from './errors.ts';
import type { Me } from './types.ts';

const BASE = '/api/v1';

interface ClientState {
  csrfToken: string | null;
  locale: string;
  /** Called when a request answers 401, so the shell can show the login page. */
  onUnauthorized: () => void;
  /** Localised sentences for failures that carry no server message. */
  networkMessage: string;
  unexpectedMessage: string;
}

const state: ClientState = {
  csrfToken: null,
  locale: 'da',
  onUnauthorized: () => {},
  networkMessage: 'Network error',
  unexpectedMessage: 'Unexpected error',
};

/** Updates the client's session and locale settings; the auth and i18n providers call this. */
export function configureApi(patch: Partial<ClientState>): void {
  Object.assign(state, patch);
}

export interface RequestOptions {
  /** For login and the initial session probe, where 401 is an answer, not an expired session. */
  noAuthRedirect?: boolean;
  signal?: AbortSignal;
  /** Send a string body as is with this type (a file upload: XLIFF, CSV) instead of as JSON. */
  contentType?: string;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Calls the API and returns the parsed JSON (undefined for 204). Writes carry the CSRF token; the locale
 * goes in `Accept-Language` so the server's error messages come back in the UI language. A stale CSRF
 * token (after a server restart, or a sign-in in another tab) is refreshed once via `GET /auth/me`.
 */
export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(method, path, body, options);
  if (response.ok) return readJson<T>(response);
  const error = parseErrorBody(response.status, await safeJson(response), fallbackMessage(response.status));
  if (error.code === 'csrf_failed' && method !== 'GET' && (await refreshCsrfToken())) {
    const retry = await send(method, path, body, options);
    if (retry.ok) return readJson<T>(retry);
    throw handleFailure(
      parseErrorBody(retry.status, await safeJson(retry), fallbackMessage(retry.status)),
      options,
    );
  }
  throw handleFailure(error, options);
}

async function send(method: Method, path: string, body: unknown, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': state.locale };
  const raw = options.contentType !== undefined && typeof body === 'string';
  if (body !== undefined) headers['Content-Type'] = raw ? (options.contentType ?? '') : 'application/json';
  if (method !== 'GET' && state.csrfToken) headers['X-CSRF-Token'] = state.csrfToken;
  try {
    return await fetch(BASE + path, {
      method,
      headers,
      body: body === undefined ? undefined : raw ? (body as string) : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', state.networkMessage);
  }
}

/** A gateway error without the API's error body means the API itself is unreachable (down, restarting). */
function fallbackMessage(status: number): string {
  return status === 502 || status === 503 || status === 504 ? state.networkMessage : state.unexpectedMessage;
}

function handleFailure(error: ApiError, options: RequestOptions): ApiError {
  if (error.status === 401 && !options.noAuthRedirect) state.onUnauthorized();
  return error;
}

async function refreshCsrfToken(): Promise<boolean> {
  const response = await send('GET', '/auth/me', undefined, {});
  if (!response.ok) return false;
  const me = await safeJson(response);
  const token = (me as Partial<Me> | undefined)?.csrfToken;
  if (typeof token !== 'string') return false;
  state.csrfToken = token;
  return true;
}

async function readJson<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const data = await safeJson(response);
  if (data === undefined) throw new ApiError(response.status, 'unexpected', state.unexpectedMessage);
  return data as T;
}

async function safeJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
