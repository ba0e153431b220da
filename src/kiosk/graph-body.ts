// The request body of Graph beta's assignedAccessMultiModeProfiles action, both ways:
// design → body (what we POST) and body → design (reading back a body the user kept or downloaded,
// since Graph offers no GET for these profiles).
// Action: https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-assignedaccessmultimodeprofiles?view=graph-rest-beta
// Profile: https://learn.microsoft.com/en-us/graph/api/resources/intune-deviceconfig-windowsassignedaccessprofile?view=graph-rest-beta
import { Base64Error, decodeBase64Utf8, encodeBase64Utf8 } from './base64';
import type { Finding } from './findings';
import { FINDING_CODES, childPointer } from './findings';
import type { Design, Profile } from './schema';
import { GUID_PATTERN } from './schema';

export const ODATA_TYPE = '#microsoft.graph.windowsAssignedAccessProfile';
export const PROFILES_KEY = 'assignedAccessMultiModeProfiles';

export type ListKey = 'appUserModelIds' | 'desktopAppPaths' | 'userAccounts';
export const LIST_KEYS: readonly ListKey[] = ['appUserModelIds', 'desktopAppPaths', 'userAccounts'];

/** Property order of a profile in the body; JSON.stringify keeps insertion order. */
export const GRAPH_PROFILE_KEYS = [
  '@odata.type',
  'id',
  'profileName',
  'showTaskBar',
  'appUserModelIds',
  'desktopAppPaths',
  'userAccounts',
  'startMenuLayoutXml',
] as const;

export interface GraphProfile {
  '@odata.type': typeof ODATA_TYPE;
  id: string;
  profileName: string;
  showTaskBar: boolean;
  appUserModelIds: string[];
  desktopAppPaths: string[];
  userAccounts: string[];
  /** Base64 of the UTF-8 LayoutModificationTemplate XML (Edm.Binary); omitted when there is no layout. */
  startMenuLayoutXml?: string;
}

export interface GraphBody {
  assignedAccessMultiModeProfiles: GraphProfile[];
}

const NON_WHITESPACE = /\S/;

/** Trimmed entries, empty ones dropped, order kept. */
function cleanList(entries: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const trimmed = entry.trim();
    if (trimmed !== '') out.push(trimmed);
  }
  return out;
}

export function toGraphProfile(profile: Profile): GraphProfile {
  const graph: GraphProfile = {
    '@odata.type': ODATA_TYPE,
    id: profile.id,
    profileName: profile.profileName.trim(),
    showTaskBar: profile.showTaskBar,
    appUserModelIds: cleanList(profile.appUserModelIds),
    desktopAppPaths: cleanList(profile.desktopAppPaths),
    userAccounts: cleanList(profile.userAccounts),
  };
  // The layout text is sent exactly as written (no trim): it is the file the device receives.
  if (NON_WHITESPACE.test(profile.startMenuLayoutXml)) {
    graph.startMenuLayoutXml = encodeBase64Utf8(profile.startMenuLayoutXml);
  }
  return graph;
}

/** The body to POST. List entries are trimmed and empty ones dropped, so body indexes can differ from the design's. */
export function toGraphBody(design: Design): GraphBody {
  return { assignedAccessMultiModeProfiles: design.map(toGraphProfile) };
}

/** Index in the design list of the entry that became `bodyIndex` in the body (-1 if none). */
export function designIndexOfBodyEntry(entries: readonly string[], bodyIndex: number): number {
  let seen = -1;
  for (let i = 0; i < entries.length; i++) {
    if ((entries[i] ?? '').trim() !== '' && ++seen === bodyIndex) return i;
  }
  return -1;
}

// ——— Reading a body back ———

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own data only: never reads inherited members such as Object.prototype.__proto__. */
export function ownValue(record: JsonRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

const KNOWN_PROFILE_KEYS: ReadonlySet<string> = new Set(GRAPH_PROFILE_KEYS);

export function isKnownProfileKey(key: string): boolean {
  return KNOWN_PROFILE_KEYS.has(key);
}

/** "Graph's windowsAssignedAccessProfile has no property X …", with a spelling hint when one fits. */
export function unknownPropertyMessage(key: string): string {
  const lower = key.toLowerCase();
  const near = GRAPH_PROFILE_KEYS.find((known) => known.toLowerCase() === lower);
  const hint = near ? ` Property names are case-sensitive: did you mean ${near}?` : ' Remove it.';
  return `Graph's windowsAssignedAccessProfile has no property ${key}.${hint}`;
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
    case 'bigint':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

export interface ReadResult {
  design: Design;
  findings: Finding[];
}

/**
 * Reads a request body (or a bare profile list, or a single profile) back into a design, decoding
 * the base64 layouts. Accepts what Graph accepts; everything else becomes a finding whose path
 * points into `json`. Never throws, never writes input keys onto objects.
 */
export function fromGraphBody(json: unknown): ReadResult {
  const findings: Finding[] = [];
  try {
    return { design: readBody(json, findings), findings };
  } catch (error) {
    findings.push({
      path: '',
      severity: 'error',
      code: FINDING_CODES.importInternal,
      message: `This file could not be read (${error instanceof Error ? error.message : 'unexpected error'}). Check that it is a request body saved by this designer.`,
    });
    return { design: [], findings };
  }
}

function readBody(json: unknown, findings: Finding[]): Design {
  if (Array.isArray(json)) {
    findings.push({
      path: '',
      severity: 'warning',
      code: FINDING_CODES.bodyWrapped,
      message: `This is a bare list of profiles; it was read as if wrapped in {"${PROFILES_KEY}": […]}, which is the body Graph expects.`,
    });
    return readProfiles(json, '', findings);
  }
  if (!isRecord(json)) {
    findings.push({
      path: '',
      severity: 'error',
      code: FINDING_CODES.bodyShape,
      message: `Expected a JSON object like {"${PROFILES_KEY}": […]} but found ${describeType(json)}. Choose a request body saved by this designer.`,
    });
    return [];
  }
  if (Object.hasOwn(json, PROFILES_KEY)) {
    const list = json[PROFILES_KEY];
    for (const key of Object.keys(json)) {
      if (key === PROFILES_KEY) continue;
      findings.push({
        path: childPointer('', key),
        severity: 'warning',
        code: FINDING_CODES.bodyUnknownProperty,
        message: `ignored: the ${PROFILES_KEY} action has no parameter ${key}.`,
      });
    }
    if (!Array.isArray(list)) {
      findings.push({
        path: childPointer('', PROFILES_KEY),
        severity: 'error',
        code: FINDING_CODES.bodyShape,
        message: `${PROFILES_KEY} must be a list of profiles but is ${describeType(list)}; no profiles were read.`,
      });
      return [];
    }
    return readProfiles(list, childPointer('', PROFILES_KEY), findings);
  }
  if (Object.keys(json).some(isKnownProfileKey)) {
    findings.push({
      path: '',
      severity: 'warning',
      code: FINDING_CODES.bodyWrapped,
      message: `This is a single profile; it was read as if wrapped in {"${PROFILES_KEY}": [ … ]}, which is the body Graph expects.`,
    });
    const profile = readProfile(json, '', findings);
    return [profile];
  }
  findings.push({
    path: '',
    severity: 'error',
    code: FINDING_CODES.bodyShape,
    message: `This JSON object has no ${PROFILES_KEY} list and does not look like a kiosk profile, so nothing was read. Choose a request body saved by this designer.`,
  });
  return [];
}

function readProfiles(list: readonly unknown[], base: string, findings: Finding[]): Design {
  const design: Design = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const path = childPointer(base, i);
    if (!isRecord(item)) {
      findings.push({
        path,
        severity: 'error',
        code: FINDING_CODES.profileShape,
        message: `Profile ${i + 1} should be an object with id, profileName, … but is ${describeType(item)}; it was skipped.`,
      });
      continue;
    }
    design.push(readProfile(item, path, findings));
  }
  return design;
}

function readProfile(record: JsonRecord, path: string, findings: Finding[]): Profile {
  const at = (key: string) => childPointer(path, key);
  const typeError = (key: string, expected: string, value: unknown, outcome: string): void => {
    findings.push({
      path: at(key),
      severity: 'error',
      code: FINDING_CODES.profileType,
      message: `${key} must be ${expected} but is ${describeType(value)}; ${outcome}.`,
    });
  };

  if (Object.hasOwn(record, '@odata.type')) {
    const odataType = record['@odata.type'];
    if (odataType !== ODATA_TYPE) {
      findings.push({
        path: at('@odata.type'),
        severity: 'error',
        code: FINDING_CODES.profileOdataType,
        message: `@odata.type is ${typeof odataType === 'string' ? JSON.stringify(odataType) : describeType(odataType)}, but these profiles must be "${ODATA_TYPE}" (or leave it out). It was read as a kiosk profile anyway; check that this is the right file.`,
      });
    }
  }

  let id: string;
  const rawId = ownValue(record, 'id');
  if (rawId === undefined) {
    id = crypto.randomUUID();
    findings.push({
      path: at('id'),
      severity: 'warning',
      code: FINDING_CODES.profileIdMissing,
      message: `This profile had no id, so it was given the new id ${id}.`,
    });
  } else if (typeof rawId !== 'string') {
    id = crypto.randomUUID();
    findings.push({
      path: at('id'),
      severity: 'warning',
      code: FINDING_CODES.profileType,
      message: `id must be text (a GUID) but is ${describeType(rawId)}, so the profile was given the new id ${id}.`,
    });
  } else if (!GUID_PATTERN.test(rawId)) {
    id = crypto.randomUUID();
    findings.push({
      path: at('id'),
      severity: 'warning',
      code: FINDING_CODES.profileIdFormat,
      message: `id ${JSON.stringify(rawId)} is not a GUID, so the profile was given the new id ${id}.`,
    });
  } else {
    id = rawId;
  }

  let profileName = '';
  const rawName = ownValue(record, 'profileName');
  if (rawName === undefined) {
    findings.push({
      path: at('profileName'),
      severity: 'error',
      code: FINDING_CODES.profileNameEmpty,
      message: 'This profile has no profileName. Give it a name — Intune shows it to admins.',
    });
  } else if (typeof rawName !== 'string') {
    typeError('profileName', 'text', rawName, 'the name was left empty; give the profile a name');
  } else {
    profileName = rawName;
  }

  let showTaskBar = false;
  const rawTaskBar = ownValue(record, 'showTaskBar');
  if (rawTaskBar === undefined) {
    findings.push({
      path: at('showTaskBar'),
      severity: 'warning',
      code: FINDING_CODES.profileShowTaskBarMissing,
      message: 'showTaskBar was not set; it was read as false (taskbar hidden). Check the setting.',
    });
  } else if (typeof rawTaskBar !== 'boolean') {
    typeError('showTaskBar', 'true or false', rawTaskBar, 'it was read as false (taskbar hidden); check the setting');
  } else {
    showTaskBar = rawTaskBar;
  }

  const lists: Record<ListKey, string[]> = { appUserModelIds: [], desktopAppPaths: [], userAccounts: [] };
  for (const key of LIST_KEYS) {
    const raw = ownValue(record, key);
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) {
      typeError(key, 'a list of text entries', raw, 'it was read as an empty list');
      continue;
    }
    const entries: string[] = [];
    for (let j = 0; j < raw.length; j++) {
      const entry: unknown = raw[j];
      if (typeof entry === 'string') entries.push(entry);
      else {
        findings.push({
          path: childPointer(path, key, j),
          severity: 'error',
          code: FINDING_CODES.profileType,
          message: `Entry ${j + 1} of ${key} must be text but is ${describeType(entry)}; it was left out.`,
        });
      }
    }
    lists[key] = entries;
  }

  let startMenuLayoutXml = '';
  const rawLayout = ownValue(record, 'startMenuLayoutXml');
  if (typeof rawLayout === 'string') {
    try {
      startMenuLayoutXml = decodeBase64Utf8(rawLayout);
    } catch (error) {
      const reason = error instanceof Base64Error ? error.message : 'it could not be decoded.';
      findings.push({
        path: at('startMenuLayoutXml'),
        severity: 'error',
        code: FINDING_CODES.layoutBase64,
        message: `The Start layout was left out because it could not be decoded. ${reason}`,
      });
    }
  } else if (rawLayout !== undefined && rawLayout !== null) {
    typeError('startMenuLayoutXml', 'base64 text', rawLayout, 'the Start layout was left out');
  }

  for (const key of Object.keys(record)) {
    if (isKnownProfileKey(key)) continue;
    findings.push({
      path: at(key),
      severity: 'warning',
      code: FINDING_CODES.profileUnknownProperty,
      message: `ignored: ${unknownPropertyMessage(key)}`,
    });
  }

  return {
    id,
    profileName,
    showTaskBar,
    appUserModelIds: lists.appUserModelIds,
    desktopAppPaths: lists.desktopAppPaths,
    userAccounts: lists.userAccounts,
    startMenuLayoutXml,
  };
}
