// GraphError: the one error type every Graph call rejects with, and parseGraphError, which turns a
// non-2xx Response into one. It carries what support needs (status, code, request-id,
// client-request-id, date) and what the admin needs (Graph's message, unwrapped from Intune's
// nested JSON, and `advice`: what to do next).
// Error shape: https://learn.microsoft.com/en-us/graph/errors
// Intune nests JSON text in error.message: {"_version":3,"Message":"…","CustomApiErrorPhrase":"",…}
// (seen in github.com/srozemuller/IntuneAssistant/issues/6, DynamicEndpoints/m365-core-mcp/issues/5).

export type GraphErrorKind = 'http' | 'network' | 'timeout' | 'aborted';

export interface GraphErrorInit {
  kind: GraphErrorKind;
  /** Headline; defaults to one built from the other fields. */
  message?: string;
  status?: number;
  code?: string;
  graphMessage?: string;
  /** True when the error body was not JSON (an HTML page from a proxy or gateway, plain text). */
  nonJsonBody?: boolean;
  /** Property Graph complained about in a 400, when its message names one. */
  field?: string;
  requestId?: string;
  clientRequestId?: string;
  date?: string;
  /** Seconds from Retry-After, when the response had one. */
  retryAfterSeconds?: number;
  /** Seconds the client waited before giving up (kind 'timeout'). */
  timeoutSeconds?: number;
  advice?: string;
  cause?: unknown;
}

export class GraphError extends Error {
  override readonly name = 'GraphError';
  readonly kind: GraphErrorKind;
  readonly status?: number;
  /** Graph's error.code, e.g. 'Forbidden', 'ModelValidationFailure'. Branch on this, never on the message. */
  readonly code?: string;
  /** Graph's human message (Intune's inner `Message` when nested), or the text of a non-JSON body. */
  readonly graphMessage?: string;
  readonly nonJsonBody: boolean;
  readonly field?: string;
  readonly requestId?: string;
  readonly clientRequestId?: string;
  readonly date?: string;
  readonly retryAfterSeconds?: number;
  /** What the admin should do next, one or two sentences. */
  readonly advice: string;

  constructor(init: GraphErrorInit) {
    super(init.message ?? headline(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.graphMessage = init.graphMessage;
    this.nonJsonBody = init.nonJsonBody ?? false;
    this.field = init.field;
    this.requestId = init.requestId;
    this.clientRequestId = init.clientRequestId;
    this.date = init.date;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.advice = init.advice ?? adviceFor(init);
  }

  /** Support details in one line: "request-id … · client-request-id … · date …". */
  get supportDetails(): string {
    const parts: string[] = [];
    if (this.requestId) parts.push(`request-id ${this.requestId}`);
    if (this.clientRequestId) parts.push(`client-request-id ${this.clientRequestId}`);
    if (this.date) parts.push(`date ${this.date}`);
    return parts.join(' · ');
  }

  /** A copy with every occurrence of `secret` replaced in every text field (defence in depth for tokens). */
  redacted(secret: string): GraphError {
    if (secret === '') return this;
    const scrub = (text: string | undefined) => (text === undefined ? undefined : text.split(secret).join('[redacted]'));
    const copy = new GraphError({
      kind: this.kind,
      message: scrub(this.message),
      status: this.status,
      code: scrub(this.code),
      graphMessage: scrub(this.graphMessage),
      nonJsonBody: this.nonJsonBody,
      field: scrub(this.field),
      requestId: scrub(this.requestId),
      clientRequestId: scrub(this.clientRequestId),
      date: scrub(this.date),
      retryAfterSeconds: this.retryAfterSeconds,
      advice: scrub(this.advice),
    });
    copy.stack = scrub(this.stack);
    return copy;
  }
}

export function isGraphError(value: unknown): value is GraphError {
  return value instanceof GraphError;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function headline(init: GraphErrorInit): string {
  switch (init.kind) {
    case 'network':
      return 'Microsoft Graph could not be reached.';
    case 'timeout':
      return `Microsoft Graph did not answer within ${init.timeoutSeconds ?? '?'} s.`;
    case 'aborted':
      return 'The request to Microsoft Graph was cancelled.';
    case 'http': {
      const status = init.status ?? 0;
      const text = STATUS_TEXT[status];
      const head = `Microsoft Graph answered ${status}${text ? ` ${text}` : ''}`;
      if (!init.graphMessage) return `${head}.`;
      return init.nonJsonBody ? `${head} with a page that is not JSON: ${init.graphMessage}` : `${head}: ${init.graphMessage}`;
    }
  }
}

/** What to do next, per kind and status. Exported for the UI's own cases (e.g. a sign-in failure). */
export function adviceFor(init: GraphErrorInit): string {
  switch (init.kind) {
    case 'network':
      return 'Check your internet connection. If you are online, a proxy, firewall or browser extension may be blocking requests to Microsoft Graph (or the response was blocked by CORS); try another network or ask your network admin.';
    case 'timeout':
      return `No answer within ${init.timeoutSeconds ?? '?'} s. The request may or may not have been applied: check the device configuration in Intune before submitting again.`;
    case 'aborted':
      return 'The request was cancelled before Graph answered. If it was a submission, it may or may not have been applied: check the device configuration in Intune before submitting again.';
    case 'http':
      return httpAdvice(init);
  }
}

function httpAdvice(init: GraphErrorInit): string {
  const status = init.status ?? 0;
  switch (status) {
    case 400:
      return init.field
        ? `Graph rejected the request body: it complained about '${init.field}'. Fix that field and submit again.`
        : "Graph rejected the request body. Read Graph's message, fix the body and submit again.";
    case 401:
      return 'Your sign-in has expired or was not accepted. Sign in again and retry.';
    // 403: missing scope, missing Intune RBAC role or no Intune licence
    // (https://learn.microsoft.com/en-us/graph/errors, https://learn.microsoft.com/en-us/intune/intune-service/fundamentals/role-based-access-control).
    case 403:
      return 'You are not allowed to change this device configuration. Check that (1) an admin has consented to DeviceManagementConfiguration.ReadWrite.All for this app, (2) your account holds an Intune role that can edit device configurations (Intune Administrator or Policy and Profile Manager), and (3) the tenant has an active Intune licence.';
    case 404:
      return 'The device configuration does not exist in this tenant (or was deleted). Check the ID, and that you are signed in to the right tenant and cloud.';
    case 409:
      return 'Graph reported a conflict: the device configuration was changed at the same time or is in a state that does not allow this change. Reload it and try again.';
    case 413:
      return 'The request body is too large for Graph (write requests are limited to 4 MB). Shrink the Start layouts or split the profiles.';
    case 429:
      return `Graph is throttling requests from this tenant or app. Wait ${init.retryAfterSeconds !== undefined ? `${init.retryAfterSeconds} s` : 'a minute'} and try again.`;
    case 500:
    case 502:
    case 503:
    case 504:
      return 'Microsoft Graph or Intune has a service problem. Try again in a few minutes; if it persists, check the Microsoft 365 service health page and quote the request-id to support.';
    default:
      return 'Graph returned an unexpected error. Try again; if it persists, quote the request-id and date to Microsoft support.';
  }
}

// ---------- parsing a failed response ----------

const HTML_SNIPPET_LENGTH = 300;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Intune's error.message is JSON text with a `Message`; plain Graph messages are used as is. */
export function unwrapIntuneMessage(message: string): string {
  const trimmed = message.trim();
  if (!trimmed.startsWith('{')) return message;
  try {
    const inner: unknown = JSON.parse(trimmed);
    if (isRecord(inner)) return text(inner.Message) ?? text(inner.message) ?? message;
  } catch {
    // Not JSON after all: show it as Graph sent it.
  }
  return message;
}

/**
 * HTML error page → readable text: scripts, styles and comments dropped, tags stripped, whitespace
 * collapsed. One forward scan with indexOf (regexes here backtracked polynomially on pages such as
 * "<<<<…" from a broken proxy).
 */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt) + ' ';
    let skipTo: number;
    if (lower.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      skipTo = close < 0 ? html.length : close + 3;
    } else if (/^<(script|style)\b/.test(lower.slice(lt, lt + 8))) {
      const name = lower.startsWith('<script', lt) ? 'script' : 'style';
      const close = lower.indexOf(`</${name}`, lt);
      const gt = close < 0 ? -1 : html.indexOf('>', close);
      skipTo = gt < 0 ? html.length : gt + 1;
    } else {
      const gt = html.indexOf('>', lt + 1);
      skipTo = gt < 0 ? html.length : gt + 1;
    }
    i = skipTo;
  }
  return out
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&amp;/gi, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The property a 400 message names, e.g. "The property 'x' does not exist…" → x. */
export function fieldFromMessage(message: string): string | undefined {
  const patterns = [
    /\bproperty (?:named )?['"‘’“]([^'"‘’“”]+)['"‘’”]/i,
    /\bparameter ['"‘’“]([^'"‘’“”]+)['"‘’”]/i,
    /\bfield ['"‘’“]([^'"‘’“”]+)['"‘’”]/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(message);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** Retry-After as seconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Builds a GraphError from a non-2xx response. Never throws; reads the body once. */
export async function parseGraphError(response: Response, clientRequestId: string): Promise<GraphError> {
  const headerRequestId = safeHeader(response, 'request-id');
  const headerClientRequestId = safeHeader(response, 'client-request-id');
  const headerDate = safeHeader(response, 'date');
  const retryAfterSeconds = parseRetryAfter(safeHeader(response, 'retry-after') ?? null);

  let body = '';
  try {
    body = await response.text();
  } catch {
    // Body unreadable (stream aborted): keep going with the status and headers.
  }

  let code: string | undefined;
  let graphMessage: string | undefined;
  let nonJsonBody = false;
  let inner: Record<string, unknown> = {};
  const trimmed = body.trim();
  let parsed: unknown;
  let isJson = false;
  if (trimmed !== '') {
    try {
      parsed = JSON.parse(trimmed);
      isJson = true;
    } catch {
      isJson = false;
    }
  }
  if (isJson && isRecord(parsed) && isRecord(parsed.error)) {
    const error = parsed.error;
    code = text(error.code);
    const message = text(error.message);
    graphMessage = message === undefined ? undefined : unwrapIntuneMessage(message);
    const innerError = isRecord(error.innerError) ? error.innerError : isRecord(error.innererror) ? error.innererror : undefined;
    if (innerError) inner = innerError;
  } else if (trimmed !== '') {
    nonJsonBody = !isJson;
    const readable = isJson ? trimmed : htmlToText(trimmed);
    graphMessage = readable === '' ? undefined : truncate(readable, HTML_SNIPPET_LENGTH);
  }

  const status = response.status;
  return new GraphError({
    kind: 'http',
    status,
    code,
    graphMessage,
    nonJsonBody,
    field: status === 400 && graphMessage ? fieldFromMessage(graphMessage) : undefined,
    requestId: text(inner['request-id']) ?? headerRequestId,
    clientRequestId: text(inner['client-request-id']) ?? headerClientRequestId ?? clientRequestId,
    date: text(inner.date) ?? headerDate,
    retryAfterSeconds,
  });
}

function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

function safeHeader(response: Response, name: string): string | undefined {
  try {
    return text(response.headers.get(name));
  } catch {
    return undefined;
  }
}
