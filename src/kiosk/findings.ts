// Findings: the one shape every check in the domain core reports problems in (lint, import),
// plus JSON Pointer helpers so a finding can point at the exact spot in the request body.
// JSON Pointer: RFC 6901, https://www.rfc-editor.org/rfc/rfc6901
import { RULE_CODES } from './rules/codes';
import type { FindingFix } from './rules/fix';
import { LAYOUT_FINDING_CODES } from './start-layout/layout-codes';

export type Severity = 'error' | 'warning';

export interface Finding {
  /** JSON Pointer into the request body (or the imported JSON); '' is the whole body. */
  path: string;
  severity: Severity;
  /** Stable machine-readable code, see FINDING_CODES in lint.ts. */
  code: string;
  /** What is wrong and how to fix it, in plain admin language. */
  message: string;
  /** The Microsoft doc the rule comes from (app, path and account rules). */
  docUrl?: string;
  /** A one-click fix the UI can apply to the profile's lists (see rules/fix.ts). */
  fix?: FindingFix;
  /** Start layout findings: 1-based line and column in the layout XML (see start-layout/). */
  line?: number;
  column?: number;
}

/** Escapes one reference token: '~' → '~0' and '/' → '~1' (RFC 6901 §3). */
export function escapePointerSegment(segment: string | number): string {
  const text = String(segment);
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Builds a pointer from raw segments: pointer('a', 0, 'b/c') === '/a/0/b~1c'; pointer() === ''. */
export function pointer(...segments: (string | number)[]): string {
  let out = '';
  for (const segment of segments) out += '/' + escapePointerSegment(segment);
  return out;
}

/** Appends raw segments to an existing pointer: childPointer('/a', 0) === '/a/0'. */
export function childPointer(base: string, ...segments: (string | number)[]): string {
  return base + pointer(...segments);
}

/** Groups findings by path, keeping their order; handy for showing them next to form fields. */
export function findingsByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const byPath = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byPath.get(finding.path);
    if (list) list.push(finding);
    else byPath.set(finding.path, [finding]);
  }
  return byPath;
}

/**
 * Stable finding codes. UI and tests key on these; never rename one, add a new code instead.
 * Severity is decided where the finding is made: the same code can be an error when linting a body
 * to send and a warning when importing (e.g. a missing id is an error to send, but import repairs it).
 */
export const FINDING_CODES = {
  /** Body is not an object, lacks assignedAccessMultiModeProfiles, or that is not a list. */
  bodyShape: 'body.shape',
  /** The profile list is empty. */
  bodyEmpty: 'body.empty',
  /** Import only: a bare profile list or a single profile was read as if wrapped in a body. */
  bodyWrapped: 'body.wrapped',
  /** Body over Graph's 4 MB request limit. */
  bodyTooLarge: 'body.tooLarge',
  /** Body holds values JSON cannot carry (BigInt, cycles). */
  bodyNotJson: 'body.notJson',
  /** Top-level property other than assignedAccessMultiModeProfiles. */
  bodyUnknownProperty: 'body.unknownProperty',
  /** A profile is not a JSON object. */
  profileShape: 'profile.shape',
  /** @odata.type present but not #microsoft.graph.windowsAssignedAccessProfile. */
  profileOdataType: 'profile.odataType',
  /** A field (or list entry) has the wrong JSON type. */
  profileType: 'profile.type',
  profileIdMissing: 'profile.id.missing',
  profileIdFormat: 'profile.id.format',
  profileIdDuplicate: 'profile.id.duplicate',
  /** profileName missing, empty or whitespace only. */
  profileNameEmpty: 'profile.name.empty',
  /** showTaskBar not set (read as false). */
  profileShowTaskBarMissing: 'profile.showTaskBar.missing',
  profileUnknownProperty: 'profile.unknownProperty',
  listEntryEmpty: 'list.entry.empty',
  listEntryDuplicate: 'list.entry.duplicate',
  /** startMenuLayoutXml is not valid base64 or not UTF-8 text. */
  layoutBase64: 'layout.base64',
  layoutXmlMalformed: 'layout.xml.malformed',
  /** Last resort if a check itself fails; should never be seen. */
  lintInternal: 'lint.internal',
  importInternal: 'import.internal',
  /** App, path, account and profile rules: see rules/codes.ts. */
  ...RULE_CODES,
  /** Start layout rules: see start-layout/layout-codes.ts. */
  ...LAYOUT_FINDING_CODES,
} as const;

export type FindingCode = (typeof FINDING_CODES)[keyof typeof FINDING_CODES];
