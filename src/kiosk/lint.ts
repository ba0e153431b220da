// Lint rules for the assignedAccessMultiModeProfiles request body: everything we can tell the
// admin before Graph (or the device) rejects it. Each finding says what is wrong and how to fix it.
// Codes: FINDING_CODES in findings.ts.
//
// Paths are JSON Pointers into the *request body*. For lintDesign that is the body toGraphBody
// builds, which trims list entries and drops empty ones, so a list index in a path can be lower
// than the entry's index in the design; designIndexOfBodyEntry (graph-body.ts) maps it back.
//
// Findings come in document order: body-level first, then each profile in list order, and inside
// a profile its fields in Graph's property order, then unknown properties in their input order.
// The app, path and account rules (src/kiosk/rules/kiosk-rules.ts) report after a profile's own
// list checks and before its layout, in field and entry order.
import { Base64Error, decodeBase64Utf8, utf8ByteLength } from './base64';
import type { Finding } from './findings';
import { FINDING_CODES, childPointer } from './findings';
import type { JsonRecord, ListKey } from './graph-body';
import {
  LIST_KEYS,
  ODATA_TYPE,
  PROFILES_KEY,
  describeType,
  isKnownProfileKey,
  isRecord,
  ownValue,
  toGraphBody,
  unknownPropertyMessage,
} from './graph-body';
import { KioskRules } from './rules/kiosk-rules';
import type { Design } from './schema';
import { GUID_PATTERN } from './schema';
import type { AllowedApps } from './start-layout/app-names';
import type { LayoutFinding } from './start-layout/layout-codes';
import { ASSIGNED_ACCESS_DOC } from './start-layout/layout-codes';
import { lintStartLayout } from './start-layout/layout-rules';
import { offsetOfLineColumn } from './start-layout/layout-xml';
import { checkXmlWellFormed } from './xml';

/** Graph rejects write requests whose body is over 4 MB: https://learn.microsoft.com/en-us/graph/use-the-api */
export const GRAPH_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

const LIST_LABELS: Record<ListKey, { entry: string; list: string }> = {
  appUserModelIds: { entry: 'app (AUMID)', list: 'allowed apps' },
  desktopAppPaths: { entry: 'desktop app path', list: 'desktop app paths' },
  userAccounts: { entry: 'user account', list: 'user accounts' },
};

type LayoutVerdict = { ok: true; xml: string } | { ok: false; code: string; message: string };

// Bounded memo of decoded layouts, keyed by the base64 text. Decoding is a pure function of that
// text, and the designer re-lints on every keystroke while layouts rarely change. Keeping the
// decoded string also keeps its identity, so the findings cache below hashes it only once.
const LAYOUT_CACHE_SIZE = 128;
const layoutCache = new Map<string, LayoutVerdict>();

function checkLayout(b64: string): LayoutVerdict {
  const cached = layoutCache.get(b64);
  if (cached) return cached;
  const verdict = computeLayoutVerdict(b64);
  if (layoutCache.size >= LAYOUT_CACHE_SIZE) {
    // Maps iterate in insertion order: drop the oldest entry.
    const oldest = layoutCache.keys().next();
    if (!oldest.done) layoutCache.delete(oldest.value);
  }
  layoutCache.set(b64, verdict);
  return verdict;
}

function computeLayoutVerdict(b64: string): LayoutVerdict {
  let xml: string;
  try {
    xml = decodeBase64Utf8(b64);
  } catch (error) {
    const detail = error instanceof Base64Error ? error.message : 'It could not be decoded.';
    return {
      ok: false,
      code: FINDING_CODES.layoutBase64,
      message: `The Start layout (startMenuLayoutXml) cannot be decoded. ${detail}`,
    };
  }
  return { ok: true, xml };
}

// Layout rule findings, keyed by the XML text (one entry per text: the allowed apps of the
// profile that has it rarely change while someone types elsewhere).
const layoutFindingsCache = new Map<string, { allowedKey: string; findings: LayoutFinding[] }>();

/**
 * All Start layout findings for `xml` in a profile that allows `allowed` (null: unknown, skip the
 * allowed-app check), with line and column; '' or whitespace gives none. Cached per text + apps.
 */
export function lintStartLayoutXml(xml: string, allowed: AllowedApps | null): LayoutFinding[] {
  const allowedKey = allowed === null ? '' : JSON.stringify([allowed.appUserModelIds, allowed.desktopAppPaths]);
  const cached = layoutFindingsCache.get(xml);
  if (cached && cached.allowedKey === allowedKey) return cached.findings;
  const findings = lintStartLayout(xml, allowed).map((finding) => (finding.code === FINDING_CODES.layoutXmlMalformed ? malformedFinding(xml, finding) : finding));
  if (!cached && layoutFindingsCache.size >= LAYOUT_CACHE_SIZE) {
    const oldest = layoutFindingsCache.keys().next();
    if (!oldest.done) layoutFindingsCache.delete(oldest.value);
  }
  layoutFindingsCache.set(xml, { allowedKey, findings });
  return findings;
}

/** The well-formedness finding in checkXmlWellFormed's words and place (it explains more than saxes). */
function malformedFinding(xml: string, fallback: LayoutFinding): LayoutFinding {
  const result = checkXmlWellFormed(xml);
  if (result.ok) return fallback;
  const from = offsetOfLineColumn(xml, result.line, result.column);
  return {
    ...fallback,
    line: result.line,
    column: result.column,
    from,
    to: Math.min(xml.length, from + 1),
    message: `The Start layout XML is not well formed. ${result.message} Windows cannot apply a broken layout: fix the XML at line ${result.line}, column ${result.column}, or remove the layout.`,
  };
}

/** The profile's allowed apps, or null when a list has the wrong type (then nothing is known). */
function allowedAppsOf(record: JsonRecord): AllowedApps | null {
  const read = (key: ListKey): string[] | null => {
    const list = ownValue(record, key);
    if (list === undefined || list === null) return [];
    return Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : null;
  };
  const appUserModelIds = read('appUserModelIds');
  const desktopAppPaths = read('desktopAppPaths');
  return appUserModelIds && desktopAppPaths ? { appUserModelIds, desktopAppPaths } : null;
}


function profileLabel(index: number, record: JsonRecord): string {
  const name = ownValue(record, 'profileName');
  return typeof name === 'string' && name.trim() !== '' ? `Profile ${index + 1} ("${name.trim()}")` : `Profile ${index + 1}`;
}

class Linter {
  readonly findings: Finding[] = [];
  /** Lower-cased id → index of the first profile that used it. */
  private readonly ids = new Map<string, number>();
  /** App, path and account rules (src/kiosk/rules), with their state across profiles. */
  private readonly rules = new KioskRules();

  add(path: string, severity: Finding['severity'], code: string, message: string): void {
    this.findings.push({ path, severity, code, message });
  }

  body(body: unknown, serialized: string | undefined | typeof TOO_DEEP): void {
    if (serialized === TOO_DEEP) {
      this.add(
        '',
        'error',
        FINDING_CODES.bodyNotJson,
        'The request body is nested too deeply (lists or objects inside each other thousands of levels deep) or is too large to be turned into JSON. A kiosk body is only a few levels deep: rebuild it from the designer.',
      );
    } else if (serialized === undefined) {
      this.add(
        '',
        'error',
        FINDING_CODES.bodyNotJson,
        'The request body contains values that cannot be sent as JSON (such as BigInt numbers or circular references). Rebuild it from the designer.',
      );
    } else {
      const bytes = utf8ByteLength(serialized);
      if (bytes > GRAPH_MAX_REQUEST_BYTES) {
        const mb = (bytes / (1024 * 1024)).toFixed(2);
        this.add(
          '',
          'error',
          FINDING_CODES.bodyTooLarge,
          `The request body is ${mb} MB, over Graph's 4 MB limit for one request. Split the profiles across several device configurations, or shrink the Start layouts (remove unused groups and tiles).`,
        );
      }
    }
    if (!isRecord(body)) {
      this.add(
        '',
        'error',
        FINDING_CODES.bodyShape,
        `The request body must be a JSON object like {"${PROFILES_KEY}": […]} but is ${describeType(body)}. Build it with the designer.`,
      );
      return;
    }
    if (!Object.hasOwn(body, PROFILES_KEY)) {
      this.add(
        '',
        'error',
        FINDING_CODES.bodyShape,
        `The request body has no ${PROFILES_KEY} list, so Graph has nothing to apply. Put the profiles in {"${PROFILES_KEY}": […]}.`,
      );
    }
    for (const key of Object.keys(body)) {
      if (key === PROFILES_KEY) continue;
      this.add(
        childPointer('', key),
        'warning',
        FINDING_CODES.bodyUnknownProperty,
        `The ${PROFILES_KEY} action has no parameter ${key}; Graph may reject the request. Remove it.`,
      );
    }
    if (!Object.hasOwn(body, PROFILES_KEY)) return;
    const list = body[PROFILES_KEY];
    const listPath = childPointer('', PROFILES_KEY);
    if (!Array.isArray(list)) {
      this.add(
        listPath,
        'error',
        FINDING_CODES.bodyShape,
        `${PROFILES_KEY} must be a list of profiles but is ${describeType(list)}. Put the profiles in square brackets [ … ].`,
      );
      return;
    }
    if (list.length === 0) {
      this.add(
        listPath,
        'error',
        FINDING_CODES.bodyEmpty,
        'Add at least one profile: an empty list gives Graph nothing to apply to the kiosk.',
      );
      return;
    }
    for (let i = 0; i < list.length; i++) this.profile(list[i], i, childPointer(listPath, i));
  }

  private profile(value: unknown, index: number, path: string): void {
    if (!isRecord(value)) {
      this.add(
        path,
        'error',
        FINDING_CODES.profileShape,
        `Profile ${index + 1} must be an object with id, profileName, showTaskBar and the app lists, but is ${describeType(value)}. Replace it with a profile built in the designer.`,
      );
      return;
    }
    const label = profileLabel(index, value);
    const at = (key: string) => childPointer(path, key);
    const typeError = (key: string, expected: string, actual: unknown) =>
      this.add(
        at(key),
        'error',
        FINDING_CODES.profileType,
        `${label}: ${key} must be ${expected} but is ${describeType(actual)}. Graph will reject the request until it is ${expected}.`,
      );

    if (Object.hasOwn(value, '@odata.type')) {
      const odataType = value['@odata.type'];
      if (odataType !== ODATA_TYPE) {
        const shown = typeof odataType === 'string' ? `"${odataType}"` : describeType(odataType);
        this.add(
          at('@odata.type'),
          'error',
          FINDING_CODES.profileOdataType,
          `${label}: @odata.type is ${shown}, but kiosk profiles must be "${ODATA_TYPE}". Correct it or remove it (Graph infers it).`,
        );
      }
    }

    const id = ownValue(value, 'id');
    if (id === undefined) {
      this.add(
        at('id'),
        'error',
        FINDING_CODES.profileIdMissing,
        `${label} has no id. Give it a GUID such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427 (the designer makes one for every new profile).`,
      );
    } else if (typeof id !== 'string') {
      typeError('id', 'text (a GUID)', id);
    } else {
      if (!GUID_PATTERN.test(id)) {
        this.add(
          at('id'),
          'error',
          FINDING_CODES.profileIdFormat,
          `${label}: id "${id}" is not a GUID. Use the form 1b4e28ba-2fa1-11d2-883f-0016d3cca427, without braces.`,
        );
      }
      const key = id.trim().toLowerCase();
      const first = this.ids.get(key);
      if (first === undefined) this.ids.set(key, index);
      else {
        this.add(
          at('id'),
          'error',
          FINDING_CODES.profileIdDuplicate,
          `${label} has the same id as profile ${first + 1} (ids are compared ignoring case). Each profile needs its own id: duplicate the profile in the designer to get a fresh one.`,
        );
      }
    }

    const name = ownValue(value, 'profileName');
    if (name === undefined || (typeof name === 'string' && name.trim() === '')) {
      this.add(
        at('profileName'),
        'error',
        FINDING_CODES.profileNameEmpty,
        `${label} has no name. Give the profile a name — Intune shows it to admins.`,
      );
    } else if (typeof name !== 'string') {
      typeError('profileName', 'text', name);
    }

    const showTaskBar = ownValue(value, 'showTaskBar');
    if (showTaskBar === undefined) {
      this.add(
        at('showTaskBar'),
        'warning',
        FINDING_CODES.profileShowTaskBarMissing,
        `${label}: showTaskBar is not set, so the taskbar will be hidden. Set it to true or false on purpose.`,
      );
    } else if (typeof showTaskBar !== 'boolean') {
      typeError('showTaskBar', 'true or false', showTaskBar);
    }

    for (const key of LIST_KEYS) {
      const list = ownValue(value, key);
      if (list === undefined) continue;
      if (!Array.isArray(list)) typeError(key, 'a list of text entries', list);
      else this.list(list, key, label, at(key));
    }
    this.findings.push(...this.rules.profile(value, path, label));

    const layout = ownValue(value, 'startMenuLayoutXml');
    const layoutPath = at('startMenuLayoutXml');
    const verdict = typeof layout === 'string' && layout !== '' ? checkLayout(layout) : null;
    if (verdict && !verdict.ok) {
      this.add(layoutPath, 'error', verdict.code, `${label}: ${verdict.message}`);
    } else if (verdict && /\S/.test(verdict.xml)) {
      for (const finding of lintStartLayoutXml(verdict.xml, allowedAppsOf(value))) {
        const message = finding.message.startsWith('Line ') ? `Start layout line${finding.message.slice('Line'.length)}` : finding.message;
        this.findings.push({ path: layoutPath, severity: finding.severity, code: finding.code, message: `${label}: ${message}`, line: finding.line, column: finding.column });
      }
    } else if (layout === undefined || layout === null || typeof layout === 'string') {
      // https://learn.microsoft.com/windows/configuration/assigned-access/configuration-file
      this.add(
        layoutPath,
        'warning',
        FINDING_CODES.layoutMissing,
        `${label} has no Start menu layout. Windows 10 kiosk profiles need one to put the allowed apps on Start; without it the kiosk user may get an empty Start menu. Open "Start menu layout" and choose "Generate from apps", or import a layout. See ${ASSIGNED_ACCESS_DOC}`,
      );
    } else {
      typeError('startMenuLayoutXml', 'base64 text or null', layout);
    }

    for (const key of Object.keys(value)) {
      if (isKnownProfileKey(key)) continue;
      this.add(at(key), 'warning', FINDING_CODES.profileUnknownProperty, `${label}: ${unknownPropertyMessage(key)}`);
    }
  }

  private list(entries: readonly unknown[], key: ListKey, label: string, path: string): void {
    const { entry: noun, list: listName } = LIST_LABELS[key];
    const firstIndex = new Map<string, number>();
    for (let j = 0; j < entries.length; j++) {
      const entry = entries[j];
      const entryPath = childPointer(path, j);
      if (typeof entry !== 'string') {
        this.add(
          entryPath,
          'error',
          FINDING_CODES.profileType,
          `${label}: entry ${j + 1} of ${listName} must be text but is ${describeType(entry)}. Replace it with a ${noun} or remove it.`,
        );
        continue;
      }
      const normalized = entry.trim().toLowerCase();
      if (normalized === '') {
        this.add(entryPath, 'error', FINDING_CODES.listEntryEmpty, `${label}: entry ${j + 1} of ${listName} is empty. Fill in a ${noun} or remove the entry.`);
        continue;
      }
      const first = firstIndex.get(normalized);
      if (first === undefined) firstIndex.set(normalized, j);
      else {
        this.add(
          entryPath,
          'error',
          FINDING_CODES.listEntryDuplicate,
          `${label}: ${noun} "${entry.trim()}" is already in ${listName} as entry ${first + 1} (index ${first}; compared ignoring case and surrounding spaces). Remove this duplicate.`,
        );
      }
    }
  }
}

/** JSON.stringify recurses per nesting level: 10 000-deep JSON (which JSON.parse reads) overflows its stack. */
const TOO_DEEP = Symbol('too deep');

function serialize(body: unknown): string | undefined | typeof TOO_DEEP {
  try {
    return JSON.stringify(body);
  } catch (error) {
    // BigInt and cycles are TypeErrors; stack overflow is a RangeError (V8, WebKit) or an
    // InternalError (Firefox), and so is a result over the engine's string length limit.
    return error instanceof RangeError || (error instanceof Error && error.name === 'InternalError') ? TOO_DEEP : undefined;
  }
}

function internalFinding(error: unknown): Finding {
  return {
    path: '',
    severity: 'error',
    code: FINDING_CODES.lintInternal,
    message: `The checks could not finish (${error instanceof Error ? error.message : 'unexpected error'}). Please report this; the body may still be fine.`,
  };
}

/** Lints any value as an assignedAccessMultiModeProfiles request body. Never throws. */
export function lintRequestBody(body: unknown): Finding[] {
  try {
    const linter = new Linter();
    linter.body(body, serialize(body));
    return linter.findings;
  } catch (error) {
    return [internalFinding(error)];
  }
}

/** Same findings as lintRequestBody(toGraphBody(design)); paths point into that body. */
export function lintDesign(design: Design): Finding[] {
  try {
    return lintRequestBody(toGraphBody(design));
  } catch (error) {
    return [internalFinding(error)];
  }
}
