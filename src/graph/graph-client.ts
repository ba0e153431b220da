// The one Graph client: every call to Microsoft Graph goes through request(). It owns the base URL,
// the bearer token (fetched per attempt), the JSON headers, a fresh client-request-id per attempt,
// the per-attempt timeout, the bounded retry on 429/503, and turning failures into GraphError.
// It never logs, and the token never ends up in an error.
// Throttling: https://learn.microsoft.com/en-us/graph/throttling
// client-request-id: https://learn.microsoft.com/en-us/graph/best-practices-concept#reliability-and-support
import { trimTrailingSlashes } from '../kiosk';
import { GraphError, parseGraphError, parseRetryAfter } from './graph-error';

export type GraphMethod = 'GET' | 'POST';

export interface WaitInfo {
  /** How long the client waits before the retry (may be fractional; show it rounded up). */
  seconds: number;
  /** Which retry this wait precedes: 1 for the first retry. */
  attempt: number;
  /** Status that caused the wait; 0 for a network error. */
  status: number;
  /** Human sentence, e.g. "Graph is throttling requests (429); it asked to wait 2 s." */
  reason: string;
}

export interface GraphClientOptions {
  /** Graph root including the version, e.g. https://graph.microsoft.com/beta (see graphBaseUrl). */
  baseUrl: string;
  /** Called before every attempt; errors it throws (e.g. MSAL's) propagate unchanged. */
  getToken: () => Promise<string>;
  fetch?: typeof fetch;
  /** Per attempt, including reading the body. Default 30 000. */
  timeoutMs?: number;
  /** Retries after 429/503. Default 3. */
  maxRetries?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  onWait?: (info: WaitInfo) => void;
  newRequestId?: () => string;
  /** Jitter source in [0, 1); injectable for tests. */
  random?: () => number;
}

export interface GraphRequestInit {
  /** JSON-serialised once; the same text is sent on every attempt. */
  body?: unknown;
  signal?: AbortSignal;
}

export interface GraphResponse<T> {
  status: number;
  data: T | undefined;
  requestId?: string;
  clientRequestId: string;
  date?: string;
}

export interface GraphClient {
  readonly baseUrl: string;
  request<T>(method: GraphMethod, pathOrUrl: string, init?: GraphRequestInit): Promise<GraphResponse<T>>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 3;
/** Longest wait honoured from Retry-After; a longer ask is better surfaced to the admin. */
export const MAX_RETRY_AFTER_SECONDS = 120;

/** Only these are retried: 429 (throttled) and 503 (may carry Retry-After), per the throttling guidance. */
const RETRYABLE_STATUS: ReadonlySet<number> = new Set([429, 503]);

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new Error('aborted'));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

type AttemptOutcome<T> = { done: GraphResponse<T> } | { retryAfterMs: number; info: Omit<WaitInfo, 'attempt'> };

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = new URL(options.baseUrl);
  const baseUrl = trimTrailingSlashes(options.baseUrl);
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = Math.max(0, options.maxRetries ?? DEFAULT_MAX_RETRIES);
  const sleep = options.sleep ?? defaultSleep;
  const newRequestId = options.newRequestId ?? (() => crypto.randomUUID());
  const random = options.random ?? Math.random;

  function resolveUrl(pathOrUrl: string): string {
    if (/^[a-z][a-z\d+.-]*:/i.test(pathOrUrl)) {
      let url: URL | undefined;
      try {
        url = new URL(pathOrUrl);
      } catch {
        url = undefined;
      }
      if (url?.origin !== base.origin) {
        // Following it would hand the Graph token to another host (e.g. a tampered @odata.nextLink).
        throw new GraphError({
          kind: 'network',
          message: `Refused to send a Graph request to ${url ? url.origin : 'an invalid address'}: only ${base.origin} is trusted with your sign-in.`,
          advice: `The link did not point at ${base.origin}, so it was not followed. Reload the list; if it happens again, report it.`,
        });
      }
      return url.href;
    }
    return `${baseUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
  }

  function backoffSeconds(retry: number): number {
    const base = 2 ** (retry - 1); // 1, 2, 4, … s
    return Math.round(base * (1 + 0.2 * random()) * 1000) / 1000;
  }

  async function attempt<T>(
    method: GraphMethod,
    url: string,
    bodyText: string | undefined,
    signal: AbortSignal | undefined,
    mayRetryThrottle: boolean,
    mayRetryNetwork: boolean,
    retry: number,
  ): Promise<AttemptOutcome<T>> {
    const token = await options.getToken();
    const clientRequestId = newRequestId();
    // The caller may have cancelled while the token was being fetched.
    if (signal?.aborted) throw new GraphError({ kind: 'aborted', clientRequestId });
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      'client-request-id': clientRequestId,
    };
    if (bodyText !== undefined) headers['Content-Type'] = 'application/json';

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCallerAbort = () => controller.abort();
    signal?.addEventListener('abort', onCallerAbort, { once: true });

    const failure = (cause: unknown): GraphError => {
      if (signal?.aborted) return new GraphError({ kind: 'aborted', clientRequestId, cause });
      if (timedOut) return new GraphError({ kind: 'timeout', clientRequestId, timeoutSeconds: timeoutMs / 1000, cause });
      return new GraphError({ kind: 'network', clientRequestId, cause });
    };

    try {
      let response: Response;
      try {
        response = await fetchFn(url, { method, headers, body: bodyText, signal: controller.signal });
      } catch (error) {
        const graphError = failure(error);
        // A POST that failed in flight may still have been applied, so only GET is retried, once.
        if (graphError.kind === 'network' && mayRetryNetwork) {
          const seconds = backoffSeconds(1);
          return {
            retryAfterMs: seconds * 1000,
            info: { seconds, status: 0, reason: 'The connection to Microsoft Graph failed; trying once more.' },
          };
        }
        throw graphError.redacted(token);
      }

      if (RETRYABLE_STATUS.has(response.status) && mayRetryThrottle) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        const seconds = retryAfter === undefined ? backoffSeconds(retry + 1) : Math.min(retryAfter, MAX_RETRY_AFTER_SECONDS);
        await discardBody(response);
        const what = response.status === 429 ? 'Graph is throttling requests (429)' : 'Graph is temporarily unavailable (503)';
        const asked = retryAfter === undefined ? '' : `; it asked to wait ${retryAfter} s`;
        return { retryAfterMs: seconds * 1000, info: { seconds, status: response.status, reason: `${what}${asked}.` } };
      }

      if (!response.ok) throw (await parseGraphError(response, clientRequestId)).redacted(token);

      const meta = {
        status: response.status,
        clientRequestId: response.headers.get('client-request-id') ?? clientRequestId,
        ...optional('requestId', response.headers.get('request-id')),
        ...optional('date', response.headers.get('date')),
      };
      let data: T | undefined;
      if (response.status !== 204 && response.status !== 205) {
        let text: string;
        try {
          text = await response.text();
        } catch (error) {
          throw failure(error).redacted(token);
        }
        const contentType = response.headers.get('content-type') ?? '';
        if (text.trim() !== '' && /[/+]json\b/i.test(contentType)) {
          try {
            data = JSON.parse(text) as T;
          } catch {
            throw new GraphError({
              kind: 'http',
              status: response.status,
              requestId: meta.requestId,
              clientRequestId: meta.clientRequestId,
              date: meta.date,
              message: `Microsoft Graph answered ${response.status} with a body that is not valid JSON.`,
              advice: 'This is unexpected from Graph; a proxy may have altered the answer. Try again, or from another network.',
            });
          }
        }
      }
      return { done: { ...meta, data } };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  async function request<T>(method: GraphMethod, pathOrUrl: string, init: GraphRequestInit = {}): Promise<GraphResponse<T>> {
    const url = resolveUrl(pathOrUrl);
    const bodyText = init.body === undefined ? undefined : JSON.stringify(init.body);
    const { signal } = init;
    let retries = 0;
    let networkRetried = false;
    let waits = 0;
    for (;;) {
      if (signal?.aborted) throw new GraphError({ kind: 'aborted' });
      const outcome = await attempt<T>(method, url, bodyText, signal, retries < maxRetries, method === 'GET' && !networkRetried, retries);
      if ('done' in outcome) return outcome.done;
      if (outcome.info.status === 0) networkRetried = true;
      else retries += 1;
      waits += 1;
      options.onWait?.({ ...outcome.info, attempt: waits });
      try {
        await sleep(outcome.retryAfterMs, signal);
      } catch (error) {
        throw new GraphError({ kind: 'aborted', cause: error });
      }
    }
  }

  return { baseUrl, request };
}

function optional<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value === null || value === '' ? {} : ({ [key]: value } as Partial<Record<K, string>>);
}

async function discardBody(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing to free.
  }
}

