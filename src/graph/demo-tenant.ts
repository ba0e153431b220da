// The demo tenant: a fake Microsoft Graph beta at the network boundary, as a fetch-compatible
// function. Demo mode plugs it into the real Graph client, and the unit tests use it as "Graph",
// so both exercise the same headers, paging, errors and body checks as production.
// It mimics what real Graph does for the calls the designer makes:
// - GET  /deviceManagement/deviceConfigurations[?$select][&$top]  paged with @odata.nextLink
// - GET  /deviceManagement/deviceConfigurations/{id}[?$select]
// - POST the assignedAccessMultiModeProfiles action on its three documented paths
//   https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-assignedaccessmultimodeprofiles?view=graph-rest-beta
// Errors are Graph-shaped (https://learn.microsoft.com/en-us/graph/errors), Intune ones with the
// nested JSON message; every answer carries request-id, client-request-id and Date headers.
// Tests can inject faults (429/503/403/HTML pages, network errors, hangs) for the next requests.
import { GRAPH_MAX_REQUEST_BYTES, GUID_PATTERN, decodeBase64Bytes, trimTrailingSlashes, utf8ByteLength } from '../kiosk';

export interface DemoConfiguration {
  '@odata.type': string;
  id: string;
  displayName: string;
  description: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  version: number;
}

/** Fixed ids, so tests, e2e and screenshots can name them. */
export const DEMO_IDS = {
  frontDesk: '6f1c2a9e-3b4d-4e8f-9a10-2b3c4d5e6f70',
  lobbyKiosk: '0d7e8f90-a1b2-4c3d-8e4f-5a6b7c8d9e01',
  win11Xml: '9b8a7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d',
  domainJoin: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  corporateWifi: 'a2b3c4d5-e6f7-4a8b-9c0d-e1f2a3b4c5d6',
  bitlocker: 'c7d8e9f0-1a2b-4c3d-9e4f-5a6b7c8d9e0f',
  sharedPc: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
  warehouse: 'f0e1d2c3-b4a5-4968-8776-655443322110',
  updateRing: '12345678-9abc-4def-8123-456789abcdef',
  /** A group assignment of frontDesk (for the groupAssignment path). */
  frontDeskGroupAssignment: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
} as const;

const ODATA = '#microsoft.graph.';

function configuration(type: string, id: string, displayName: string, description: string, modified: string): DemoConfiguration {
  return {
    '@odata.type': `${ODATA}${type}`,
    id,
    displayName,
    description,
    createdDateTime: '2024-03-11T09:15:42.1234567Z',
    lastModifiedDateTime: modified,
    version: 3,
  };
}

export const DEMO_CONFIGURATIONS: readonly DemoConfiguration[] = [
  configuration('windows10GeneralConfiguration', DEMO_IDS.frontDesk, 'Kiosk – Front desk', 'Reception PCs: Edge, Teams and the visitor app.', '2025-01-20T14:02:11.5550000Z'),
  configuration('windowsKioskConfiguration', DEMO_IDS.lobbyKiosk, 'Lobby kiosk', 'Single-app Edge kiosk in the lobby.', '2024-11-05T08:30:00.0000000Z'),
  configuration('windows10CustomConfiguration', DEMO_IDS.win11Xml, 'Assigned Access – Windows 11 (OMA-URI)', 'Custom ./Vendor/MSFT/AssignedAccess/Configuration XML.', '2025-02-02T10:45:27.0000000Z'),
  configuration('windowsDomainJoinConfiguration', DEMO_IDS.domainJoin, 'Hybrid join – Branch offices', 'Offline domain join for branch kiosks.', '2024-09-17T16:20:00.0000000Z'),
  configuration('windowsWifiConfiguration', DEMO_IDS.corporateWifi, 'Corporate Wi-Fi (WPA2-Enterprise)', 'Network used by domain-joined kiosks.', '2024-06-01T12:00:00.0000000Z'),
  configuration('windows10EndpointProtectionConfiguration', DEMO_IDS.bitlocker, 'BitLocker baseline', 'XTS-AES 256, TPM only.', '2024-12-12T09:00:00.0000000Z'),
  configuration('sharedPCConfiguration', DEMO_IDS.sharedPc, 'Shared PC – Library', 'Guest accounts, delete on sign-out.', '2024-10-30T13:37:00.0000000Z'),
  configuration('windows10GeneralConfiguration', DEMO_IDS.warehouse, 'Restrictions – Warehouse scanners', 'Camera, Store and settings app blocked.', '2025-01-08T07:55:00.0000000Z'),
  configuration('windowsUpdateForBusinessConfiguration', DEMO_IDS.updateRing, 'Update ring – Kiosks', 'Quality updates deferred 3 days, restart outside 07:00–19:00.', '2025-02-10T18:10:00.0000000Z'),
];

/** Navigations the action paths walk: deviceConfiguration → groupAssignments, domain join → networkAccessConfigurations. */
const GROUP_ASSIGNMENTS: Readonly<Record<string, readonly string[]>> = {
  [DEMO_IDS.frontDesk]: [DEMO_IDS.frontDeskGroupAssignment],
};
const NETWORK_ACCESS_CONFIGURATIONS: Readonly<Record<string, readonly string[]>> = {
  [DEMO_IDS.domainJoin]: [DEMO_IDS.corporateWifi],
};

/** Properties of deviceConfiguration that $select may name. */
const SELECTABLE: ReadonlySet<string> = new Set(['id', 'displayName', 'description', 'createdDateTime', 'lastModifiedDateTime', 'version']);

export interface DemoSubmission {
  /** Path below the Graph root, as requested, e.g. /deviceManagement/deviceConfigurations/{id}/assignedAccessMultiModeProfiles */
  path: string;
  body: unknown;
  /** Request headers, lower-case names. */
  headers: Record<string, string>;
}

export interface DemoRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** A canned answer for the next matching request(s), before authentication and routing. */
export type DemoFault =
  | {
      kind: 'response';
      status: number;
      headers?: Record<string, string>;
      /** JSON value, or text (sent as text/html when it starts with '<'). Default: a Graph-shaped error. */
      body?: unknown;
      method?: 'GET' | 'POST';
      /** How many requests it answers; default 1. */
      times?: number;
    }
  | { kind: 'network'; method?: 'GET' | 'POST'; times?: number }
  | { kind: 'hang'; method?: 'GET' | 'POST'; times?: number };

export interface DemoGraphOptions {
  /** Delay before every answer (demo mode feels real with ~400 ms). Default 0. */
  latencyMs?: number;
  /** deviceConfigurations per page. Default 5. */
  pageSize?: number;
  /**
   * Graph root it answers for. When omitted it answers /beta on any host, so demo mode works
   * whichever cloud config.json names; when given, other hosts get Graph's "segment not found".
   */
  baseUrl?: string;
}

export interface DemoGraph {
  fetch: typeof fetch;
  /** Successful (204) action calls, oldest first. */
  submissions: DemoSubmission[];
  /** Every request received, faults included, oldest first. */
  requests: DemoRequest[];
  injectFault(fault: DemoFault): void;
}

const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const PROFILE_TYPE = 'microsoft.graph.windowsAssignedAccessProfile';
const ACTION = 'assignedAccessMultiModeProfiles';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function abortError(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0 && !signal?.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function waitForAbort(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (signal?.aborted) reject(abortError(signal));
    else signal?.addEventListener('abort', () => reject(abortError(signal)), { once: true });
  });
}

/** "2025-02-10T18:10:00" — Graph's innerError.date has no fraction and no zone. */
function innerDate(now: Date): string {
  return now.toISOString().slice(0, 19);
}

// ---------- body validation, as Graph's OData reader would reject it ----------

interface BodyProblem {
  code: string;
  message: string;
}

function literal(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function nodeKind(value: unknown): string {
  if (Array.isArray(value)) return 'StartArray';
  if (isRecord(value)) return 'StartObject';
  return 'PrimitiveValue';
}

function convertProblem(property: string, index: number, value: unknown, edmType: string): BodyProblem {
  return {
    code: 'BadRequest',
    message: `Cannot convert the literal '${literal(value)}' to the expected type '${edmType}' for property '${property}' of '${PROFILE_TYPE}' (${ACTION}[${index}]).`,
  };
}

function nullProblem(property: string, index: number, edmType: string): BodyProblem {
  return {
    code: 'BadRequest',
    message: `A null value was found for the property named '${property}', which has the expected type '${edmType}[Nullable=False]' (${ACTION}[${index}]). The expected type '${edmType}[Nullable=False]' does not allow null values.`,
  };
}

type PropertyCheck = (value: unknown, property: string, index: number) => BodyProblem | undefined;

const nullableString: PropertyCheck = (value, property, index) =>
  value === null || typeof value === 'string' ? undefined : convertProblem(property, index, value, 'Edm.String');

const stringCollection: PropertyCheck = (value, property, index) => {
  if (value === null) return nullProblem(property, index, 'Collection(Edm.String)');
  if (!Array.isArray(value)) {
    return {
      code: 'BadRequest',
      message: `An unexpected '${nodeKind(value)}' node was found for property named '${property}' when reading from the JSON reader (${ACTION}[${index}]). A 'StartArray' node was expected.`,
    };
  }
  const bad = value.find((entry) => typeof entry !== 'string');
  return bad === undefined ? undefined : convertProblem(property, index, bad, 'Edm.String');
};

const PROFILE_PROPERTIES: Readonly<Record<string, PropertyCheck>> = {
  '@odata.type': (value, property, index) => {
    if (typeof value === 'string' && value.replace(/^#/, '') === PROFILE_TYPE) return undefined;
    return {
      code: 'BadRequest',
      message: `A type named '${literal(value)}' could not be resolved by the model (property '${property}', ${ACTION}[${index}]). When a model is available, each type name must resolve to a valid type.`,
    };
  },
  id: (value, property, index) => {
    if (value === null || value === undefined) return undefined;
    if (typeof value !== 'string') return convertProblem(property, index, value, 'Edm.String');
    if (GUID_PATTERN.test(value)) return undefined;
    return { code: 'BadRequest', message: `The value '${literal(value)}' of property '${property}' is not a valid GUID (${ACTION}[${index}]).` };
  },
  profileName: nullableString,
  showTaskBar: (value, property, index) => {
    if (value === null) return nullProblem(property, index, 'Edm.Boolean');
    return typeof value === 'boolean' ? undefined : convertProblem(property, index, value, 'Edm.Boolean');
  },
  appUserModelIds: stringCollection,
  desktopAppPaths: stringCollection,
  userAccounts: stringCollection,
  // Edm.Binary: base64 text on the wire.
  startMenuLayoutXml: (value, property, index) => {
    if (value === null) return undefined;
    if (typeof value !== 'string') return convertProblem(property, index, value, 'Edm.Binary');
    try {
      decodeBase64Bytes(value);
      return undefined;
    } catch {
      return {
        code: 'BadRequest',
        message: `The value of property '${property}' is not a valid Base64 string (${ACTION}[${index}]): '${literal(value)}'.`,
      };
    }
  },
};

/** First problem Graph would report for this action body, or undefined when it would accept it. */
export function demoBodyProblem(json: unknown): BodyProblem | undefined {
  if (!isRecord(json)) {
    return {
      code: 'BadRequest',
      message: 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    };
  }
  for (const key of Object.keys(json)) {
    if (key !== ACTION) {
      return {
        code: 'BadRequest',
        message: `The parameter '${key}' in the request payload is not a valid parameter for the operation '${ACTION}'.`,
      };
    }
  }
  const profiles = json[ACTION];
  if (profiles === undefined || profiles === null) {
    return {
      code: 'BadRequest',
      message: `The parameter '${ACTION}' is required by the operation '${ACTION}' but was not found in the request payload.`,
    };
  }
  if (!Array.isArray(profiles)) {
    return {
      code: 'BadRequest',
      message: `An unexpected '${nodeKind(profiles)}' node was found for property named '${ACTION}' when reading from the JSON reader. A 'StartArray' node was expected.`,
    };
  }
  for (const [index, profile] of profiles.entries()) {
    if (!isRecord(profile)) {
      return {
        code: 'BadRequest',
        message: `An unexpected '${nodeKind(profile)}' node was found for property named '${ACTION}' at ${ACTION}[${index}] when reading from the JSON reader. A 'StartObject' node was expected.`,
      };
    }
    for (const [property, value] of Object.entries(profile)) {
      const check = Object.hasOwn(PROFILE_PROPERTIES, property) ? PROFILE_PROPERTIES[property] : undefined;
      if (!check) {
        return {
          code: 'ModelValidationFailure',
          message: `The property '${property}' does not exist on type '${PROFILE_TYPE}'. Make sure to only use property names that are defined by the type.`,
        };
      }
      const problem = check(value, property, index);
      if (problem) return problem;
    }
  }
  return undefined;
}

// ---------- the fake ----------

interface Route {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

function graphError(status: number, code: string, message: string, ids: { requestId: string; clientRequestId: string; now: Date }): Route {
  return {
    status,
    body: {
      error: {
        code,
        message,
        innerError: { date: innerDate(ids.now), 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId },
      },
    },
  };
}

/** Intune wraps its own message in JSON text inside error.message. */
function intuneMessage(message: string, ids: { requestId: string; clientRequestId: string }): string {
  return JSON.stringify({
    _version: 3,
    Message: `${message} - Operation ID (for customer support): ${ids.requestId} - Activity ID: ${ids.clientRequestId} - Url: https://fef.msua06.manage.microsoft.com/DeviceConfiguration/StatelessDeviceConfigurationFEService/deviceManagement/deviceConfigurations`,
    CustomApiErrorPhrase: '',
    RetryAfter: null,
    ErrorSourceService: '',
    HttpHeaders: '{}',
  });
}

const DEFAULT_FAULT_ERRORS: Readonly<Record<number, { code: string; message: string; intune?: boolean }>> = {
  400: { code: 'BadRequest', message: 'The request is invalid.' },
  401: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' },
  403: { code: 'Forbidden', message: 'User is not authorized to perform this operation.', intune: true },
  404: { code: 'ResourceNotFound', message: 'The requested resource does not exist.', intune: true },
  409: { code: 'Conflict', message: 'The resource was modified by another request.', intune: true },
  429: { code: 'TooManyRequests', message: 'Too many requests from this tenant. Please retry later.', intune: true },
  500: { code: 'InternalServerError', message: 'An internal server error occurred.', intune: true },
  503: { code: 'ServiceUnavailable', message: 'The service is temporarily unavailable. Please retry later.' },
  504: { code: 'GatewayTimeout', message: 'The gateway did not receive a timely response.' },
};

export function createDemoGraph(options: DemoGraphOptions = {}): DemoGraph {
  const latencyMs = options.latencyMs ?? 0;
  const pageSize = Math.max(1, options.pageSize ?? 5);
  const root = new URL(options.baseUrl ?? 'https://graph.microsoft.com/beta');
  const anyHost = options.baseUrl === undefined;
  const rootPath = trimTrailingSlashes(root.pathname);
  const submissions: DemoSubmission[] = [];
  const requests: DemoRequest[] = [];
  const faults: DemoFault[] = [];

  function takeFault(method: string): DemoFault | undefined {
    const index = faults.findIndex((fault) => fault.method === undefined || fault.method === method);
    if (index < 0) return undefined;
    const fault = faults[index];
    if (!fault) return undefined;
    const times = (fault.times ?? 1) - 1;
    if (times <= 0) faults.splice(index, 1);
    else faults[index] = { ...fault, times };
    return fault;
  }

  function faultRoute(fault: Extract<DemoFault, { kind: 'response' }>, ids: { requestId: string; clientRequestId: string; now: Date }): Route {
    if (fault.body !== undefined) return { status: fault.status, body: fault.body, headers: fault.headers };
    const known = DEFAULT_FAULT_ERRORS[fault.status] ?? { code: 'UnknownError', message: 'An error occurred.' };
    const message = known.intune ? intuneMessage(known.message, ids) : known.message;
    return { ...graphError(fault.status, known.code, message, ids), headers: fault.headers };
  }

  function project(item: DemoConfiguration, select: readonly string[] | undefined): Record<string, unknown> {
    if (!select) return { ...item };
    const out: Record<string, unknown> = { '@odata.type': item['@odata.type'] };
    for (const property of select) out[property] = item[property as keyof DemoConfiguration];
    return out;
  }

  function parseSelect(url: URL, ids: { requestId: string; clientRequestId: string; now: Date }): readonly string[] | Route | undefined {
    const raw = url.searchParams.get('$select');
    if (raw === null) return undefined;
    const select = raw.split(',').map((part) => part.trim()).filter((part) => part !== '');
    const unknown = select.find((property) => !SELECTABLE.has(property));
    if (unknown !== undefined) {
      return graphError(400, 'BadRequest', `Could not find a property named '${unknown}' on type 'microsoft.graph.deviceConfiguration'.`, ids);
    }
    return select;
  }

  async function handle(method: string, url: URL, headers: Headers, bodyText: string, ids: { requestId: string; clientRequestId: string; now: Date }): Promise<Route> {
    const authorization = headers.get('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) {
      return {
        ...graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.', ids),
        headers: {
          'WWW-Authenticate': 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
        },
      };
    }

    const notFoundSegment = (segment: string) => graphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`, ids);
    if ((!anyHost && url.origin !== root.origin) || !(url.pathname === rootPath || url.pathname.startsWith(`${rootPath}/`))) {
      return notFoundSegment(url.pathname.split('/')[1] ?? '');
    }
    let segments: string[];
    try {
      segments = url.pathname.slice(rootPath.length).split('/').filter((part) => part !== '').map((part) => decodeURIComponent(part));
    } catch {
      return notFoundSegment(url.pathname);
    }
    const [area, collection, id, ...rest] = segments;
    if (area !== 'deviceManagement') return notFoundSegment(area ?? '');
    if (collection !== 'deviceConfigurations') return notFoundSegment(collection ?? '');

    const missingConfiguration = (missing: string) =>
      graphError(404, 'ResourceNotFound', intuneMessage(`No deviceConfiguration with id '${missing}' exists in this tenant.`, ids), ids);

    if (id === undefined) {
      if (method !== 'GET') return graphError(405, 'BadRequest', `The HTTP method '${method}' is not supported on this collection by the demo tenant.`, ids);
      const select = parseSelect(url, ids);
      if (isRoute(select)) return select;
      const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
      const top = Number(url.searchParams.get('$top') ?? pageSize);
      const size = Number.isInteger(top) && top > 0 ? Math.min(top, pageSize) : pageSize;
      const start = Number.isInteger(skip) && skip >= 0 ? skip : 0;
      const page = DEMO_CONFIGURATIONS.slice(start, start + size);
      const body: Record<string, unknown> = {
        '@odata.context': `${url.origin}${rootPath}/$metadata#deviceManagement/deviceConfigurations${select ? `(${select.join(',')})` : ''}`,
        value: page.map((item) => project(item, select)),
      };
      if (start + size < DEMO_CONFIGURATIONS.length) {
        // Written by hand: URLSearchParams would percent-encode '$' and ',', which Graph does not.
        const kept = url.search.replace(/^\?/, '').split('&').filter((part) => part !== '' && !/^(\$|%24)skiptoken=/i.test(part));
        kept.push(`$skiptoken=${start + size}`);
        body['@odata.nextLink'] = `${url.origin}${url.pathname}?${kept.join('&')}`;
      }
      return { status: 200, body };
    }

    const configuration = DEMO_CONFIGURATIONS.find((item) => item.id.toLowerCase() === id.toLowerCase());
    if (!configuration) return missingConfiguration(id);

    if (rest.length === 0) {
      if (method !== 'GET') return graphError(405, 'BadRequest', `The HTTP method '${method}' is not supported on a device configuration by the demo tenant.`, ids);
      const select = parseSelect(url, ids);
      if (isRoute(select)) return select;
      return {
        status: 200,
        body: { '@odata.context': `${url.origin}${rootPath}/$metadata#deviceManagement/deviceConfigurations/$entity`, ...project(configuration, select) },
      };
    }

    // The action, on one of its three paths.
    const [first, second, third, fourth, ...extra] = rest;
    let known = false;
    if (first === ACTION && second === undefined) {
      known = true;
    } else if (first === 'groupAssignments' && third === 'deviceConfiguration' && fourth === ACTION && extra.length === 0 && second !== undefined) {
      known = true;
      if (!(GROUP_ASSIGNMENTS[configuration.id] ?? []).includes(second.toLowerCase())) {
        return graphError(404, 'ResourceNotFound', intuneMessage(`No group assignment with id '${second}' exists on deviceConfiguration '${configuration.id}'.`, ids), ids);
      }
    } else if (first === 'microsoft.graph.windowsDomainJoinConfiguration' && second === 'networkAccessConfigurations' && fourth === ACTION && extra.length === 0 && third !== undefined) {
      known = true;
      if (configuration['@odata.type'] !== `${ODATA}windowsDomainJoinConfiguration`) {
        return graphError(404, 'ResourceNotFound', intuneMessage(`deviceConfiguration '${configuration.id}' is not a windowsDomainJoinConfiguration.`, ids), ids);
      }
      if (!(NETWORK_ACCESS_CONFIGURATIONS[configuration.id] ?? []).includes(third.toLowerCase())) return missingConfiguration(third);
    }
    if (!known) return notFoundSegment(rest.find((segment) => segment !== ACTION) ?? ACTION);
    if (method !== 'POST') return graphError(405, 'BadRequest', `The action '${ACTION}' only accepts POST.`, ids);

    if (utf8ByteLength(bodyText) > GRAPH_MAX_REQUEST_BYTES) {
      return graphError(413, 'RequestEntityTooLarge', 'The request body is larger than 4 MB.', ids);
    }
    let json: unknown;
    try {
      json = JSON.parse(bodyText);
    } catch {
      json = undefined;
    }
    const problem = demoBodyProblem(json);
    if (problem) return graphError(400, problem.code, problem.message, ids);

    submissions.push({ path: url.pathname.slice(rootPath.length), body: json, headers: headerRecord(headers) });
    return { status: 204 };
  }

  const demoFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // Read method/headers/body through a Request, but keep the signal aside: in jsdom tests the
    // AbortSignal class is jsdom's, which Node's Request refuses.
    const base = input instanceof Request ? input : undefined;
    const request = new Request(base ?? String(input instanceof URL ? input.href : input), {
      method: init?.method ?? base?.method,
      headers: init?.headers ?? base?.headers,
      body: init?.body,
    });
    const signal = init?.signal ?? base?.signal ?? undefined;
    const method = request.method.toUpperCase();
    const url = new URL(request.url);
    requests.push({ method, url: url.href, headers: headerRecord(request.headers) });
    const bodyText = await request.text();

    const fault = takeFault(method);
    if (fault?.kind === 'hang') return waitForAbort(signal);
    await delay(latencyMs, signal);
    if (fault?.kind === 'network') throw new TypeError('Failed to fetch');

    const now = new Date();
    const ids = { requestId: crypto.randomUUID(), clientRequestId: request.headers.get('client-request-id') ?? crypto.randomUUID(), now };
    const route = fault?.kind === 'response' ? faultRoute(fault, ids) : await handle(method, url, request.headers, bodyText, ids);
    return toResponse(route, ids);
  };

  return {
    fetch: demoFetch,
    submissions,
    requests,
    injectFault: (fault) => {
      faults.push(fault);
    },
  };
}

function isRoute(value: readonly string[] | Route | undefined): value is Route {
  return value !== undefined && !Array.isArray(value);
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

function toResponse(route: Route, ids: { requestId: string; clientRequestId: string; now: Date }): Response {
  const headers = new Headers({
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
    Date: ids.now.toUTCString(),
    'Cache-Control': 'no-cache',
  });
  let body: string | null = null;
  if (route.body !== undefined && route.status !== 204) {
    if (typeof route.body === 'string') {
      body = route.body;
      headers.set('Content-Type', route.body.trimStart().startsWith('<') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
    } else {
      body = JSON.stringify(route.body);
      headers.set('Content-Type', JSON_CONTENT_TYPE);
    }
  }
  for (const [name, value] of Object.entries(route.headers ?? {})) headers.set(name, value);
  return new Response(body, { status: route.status, headers });
}

