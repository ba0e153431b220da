// One typed function per Graph endpoint the designer uses, and the paths they call:
// the write-only assignedAccessMultiModeProfiles action (three documented paths) and the
// device configuration list the admin picks a target from.
// Action: https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-assignedaccessmultimodeprofiles?view=graph-rest-beta
// List:   https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-list?view=graph-rest-beta
import type { GraphBody } from '../kiosk';
import { GUID_PATTERN } from '../kiosk';
import type { GraphClient } from './graph-client';
import { GraphError } from './graph-error';

export type RequestPathKind = 'direct' | 'groupAssignment' | 'networkAccess';

export interface SubmitTarget {
  kind: RequestPathKind;
  deviceConfigurationId: string;
  /** Required when kind is 'groupAssignment'. */
  groupAssignmentId?: string;
  /** Required when kind is 'networkAccess' (the id of a deviceConfiguration linked from a domain-join configuration). */
  networkAccessConfigurationId?: string;
}

const CONFIGURATIONS = '/deviceManagement/deviceConfigurations';
const ACTION = 'assignedAccessMultiModeProfiles';

function requireId(value: string | undefined, name: string): string {
  const id = value?.trim() ?? '';
  if (id === '') throw new TypeError(`${name} is missing; check targetProblems() before building the path.`);
  return encodeURIComponent(id);
}

/** The POST path of the action for `target`, relative to the Graph beta root. Throws TypeError when an id is missing. */
export function actionPath(target: SubmitTarget): string {
  const configuration = `${CONFIGURATIONS}/${requireId(target.deviceConfigurationId, 'deviceConfigurationId')}`;
  switch (target.kind) {
    case 'direct':
      return `${configuration}/${ACTION}`;
    case 'groupAssignment':
      return `${configuration}/groupAssignments/${requireId(target.groupAssignmentId, 'groupAssignmentId')}/deviceConfiguration/${ACTION}`;
    case 'networkAccess':
      return `${configuration}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/${requireId(target.networkAccessConfigurationId, 'networkAccessConfigurationId')}/${ACTION}`;
  }
}

const PATH_KIND_LABEL: Readonly<Record<RequestPathKind, string>> = {
  direct: 'the device configuration itself',
  groupAssignment: 'a group assignment of the device configuration',
  networkAccess: 'a network access configuration of a domain-join configuration',
};

export function pathKindLabel(kind: RequestPathKind): string {
  return PATH_KIND_LABEL[kind];
}

function idProblem(value: string | undefined, label: string): string | undefined {
  const id = value?.trim() ?? '';
  if (id === '') return `Enter the ${label}.`;
  if (!GUID_PATTERN.test(id)) {
    const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
    return `The ${label} "${shown}" is not a GUID; Intune IDs look like 00000000-0000-0000-0000-000000000000 (copy it from the address bar in the Intune admin center).`;
  }
  return undefined;
}

/** Everything wrong with `target`, as sentences; empty when it can be submitted. */
export function targetProblems(target: SubmitTarget): string[] {
  const problems: (string | undefined)[] = [idProblem(target.deviceConfigurationId, 'device configuration ID')];
  if (target.kind === 'groupAssignment') problems.push(idProblem(target.groupAssignmentId, 'group assignment ID'));
  if (target.kind === 'networkAccess') problems.push(idProblem(target.networkAccessConfigurationId, 'network access configuration ID'));
  return problems.filter((problem): problem is string => problem !== undefined);
}

export interface SubmitResult {
  status: number;
  requestId?: string;
  clientRequestId: string;
  date?: string;
  /** Set when Graph answered a 2xx other than the documented 204. */
  note?: string;
}

/**
 * POSTs the body to the action. Resolves on 204 No Content (the documented answer); 200/201 are
 * accepted too, with a note. Rejects with GraphError otherwise, or TypeError for an invalid target.
 * Never retried on timeout or network failure: the profiles may already have been applied.
 */
export async function submitProfiles(
  client: GraphClient,
  target: SubmitTarget,
  body: GraphBody,
  options: { signal?: AbortSignal } = {},
): Promise<SubmitResult> {
  const problems = targetProblems(target);
  if (problems.length > 0) throw new TypeError(problems.join(' '));
  const response = await client.request<unknown>('POST', actionPath(target), { body, signal: options.signal });
  const result: SubmitResult = { status: response.status, clientRequestId: response.clientRequestId };
  if (response.requestId) result.requestId = response.requestId;
  if (response.date) result.date = response.date;
  if (response.status !== 204) {
    result.note = `Graph answered ${response.status} instead of the documented 204 No Content; the profiles were accepted.`;
  }
  return result;
}

export interface DeviceConfigurationSummary {
  id: string;
  displayName: string;
  /** Type without the '#microsoft.graph.' prefix, e.g. 'windowsKioskConfiguration'. */
  odataType: string;
}

export const MAX_LIST_PAGES = 50;

interface ListPage {
  value?: unknown;
  '@odata.nextLink'?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** '#microsoft.graph.windowsKioskConfiguration' → 'windowsKioskConfiguration'. */
export function shortTypeName(odataType: unknown): string {
  return typeof odataType === 'string' ? odataType.replace(/^#?microsoft\.graph\./, '') : '';
}

function toSummary(item: unknown): DeviceConfigurationSummary | undefined {
  if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') return undefined;
  return {
    id: item.id,
    displayName: typeof item.displayName === 'string' ? item.displayName : '',
    odataType: shortTypeName(item['@odata.type']),
  };
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * All device configurations (id, name, type), sorted by name. Follows @odata.nextLink
 * (same origin only, enforced by the client) up to `maxPages`; when more remain,
 * `onTruncated` is told how many were loaded and the partial list is returned.
 * $select keeps pages small; @odata.type comes back anyway on this polymorphic collection.
 */
export async function listDeviceConfigurations(
  client: GraphClient,
  options: { signal?: AbortSignal; maxPages?: number; onTruncated?: (loaded: number) => void } = {},
): Promise<DeviceConfigurationSummary[]> {
  const maxPages = options.maxPages ?? MAX_LIST_PAGES;
  const found: DeviceConfigurationSummary[] = [];
  let next: string | undefined = `${CONFIGURATIONS}?$select=id,displayName`;
  for (let page = 0; next !== undefined; page++) {
    if (page >= maxPages) {
      options.onTruncated?.(found.length);
      break;
    }
    const response = await client.request<ListPage>('GET', next, { signal: options.signal });
    const data: unknown = response.data;
    if (!isRecord(data) || !Array.isArray(data.value)) {
      throw new GraphError({
        kind: 'http',
        status: response.status,
        requestId: response.requestId,
        clientRequestId: response.clientRequestId,
        date: response.date,
        message: 'Microsoft Graph answered the device configuration list without a "value" list.',
        advice: 'This is unexpected from Graph; a proxy may have altered the answer. Try again.',
      });
    }
    for (const item of data.value) {
      const summary = toSummary(item);
      if (summary) found.push(summary);
    }
    const link = data['@odata.nextLink'];
    next = typeof link === 'string' && link !== '' ? link : undefined;
  }
  return found.sort((a, b) => byName.compare(a.displayName, b.displayName) || a.id.localeCompare(b.id));
}

/** Case-insensitive match on name, id or type; every whitespace-separated word must match. */
export function filterConfigurations(
  list: readonly DeviceConfigurationSummary[],
  text: string,
): DeviceConfigurationSummary[] {
  const words = text.toLowerCase().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [...list];
  return list.filter((item) => {
    const haystack = `${item.displayName}\n${item.id}\n${item.odataType}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** One device configuration's summary, e.g. to show the name of a target typed in by ID. */
export async function getDeviceConfiguration(
  client: GraphClient,
  id: string,
  options: { signal?: AbortSignal } = {},
): Promise<DeviceConfigurationSummary> {
  const response = await client.request<unknown>(
    'GET',
    `${CONFIGURATIONS}/${encodeURIComponent(id.trim())}?$select=id,displayName`,
    { signal: options.signal },
  );
  const summary = toSummary(response.data);
  if (!summary) {
    throw new GraphError({
      kind: 'http',
      status: response.status,
      requestId: response.requestId,
      clientRequestId: response.clientRequestId,
      date: response.date,
      message: 'Microsoft Graph answered without a device configuration id.',
      advice: 'This is unexpected from Graph. Try again.',
    });
  }
  return summary;
}
