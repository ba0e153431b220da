// What a per-entry rule reports: a problem with one value, before it is placed in the body.
// kiosk-rules.ts turns issues into findings with JSON Pointers, a doc link and a full fix.
import type { RuleCode } from './codes';
import type { ListName } from './entry-key';

export type RuleSeverity = 'error' | 'warning';

/** A fix for the entry the issue is about; kiosk-rules.ts adds the pointers. */
export type FixSpec =
  | { kind: 'move'; label: string; toList: ListName; value: string }
  | { kind: 'replace'; label: string; value: string }
  | { kind: 'add'; label: string; list: ListName; value: string };

export interface EntryIssue {
  code: RuleCode;
  severity: RuleSeverity;
  /** What is wrong and how to fix it; kiosk-rules.ts prefixes the profile. */
  message: string;
  fix?: FixSpec;
}
