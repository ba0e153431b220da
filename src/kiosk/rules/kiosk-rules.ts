// The app, path and account rules for one lint run over a request body: per entry (AUMIDs,
// desktop paths, accounts), per profile (no apps, no accounts, companions) and across profiles
// (an account in two profiles, two profiles with one name). lint.ts calls profile() for each
// profile after its own checks; findings come in field order, entries in list order.
// Rule details and the Microsoft doc behind each: aumid-rules.ts, path-rules.ts,
// account-rules.ts, companions.ts, codes.ts.
import { checkAccount, accountKey } from './account-rules';
import { checkAumid } from './aumid-rules';
import type { RuleCode } from './codes';
import { RULE_CODES, RULE_DOC_URLS } from './codes';
import { missingCompanions } from './companions';
import type { EntryIssue, FixSpec, RuleSeverity } from './entry-issue';
import type { ListName } from './entry-key';
import { LIST_NAMES, pathKey } from './entry-key';
import type { FindingFix } from './fix';
import { checkDesktopPath } from './path-rules';

/** Same shape as Finding (findings.ts), which this folder may not import. */
export interface RuleFinding {
  path: string;
  severity: RuleSeverity;
  code: RuleCode;
  message: string;
  docUrl: string;
  fix?: FindingFix;
}

const CHECKS: Record<ListName, (value: string) => EntryIssue[]> = {
  appUserModelIds: checkAumid,
  desktopAppPaths: checkDesktopPath,
  userAccounts: checkAccount,
};

// Bounded memo of per-entry verdicts, keyed by list and value. Checking is a pure function of
// the two, and the designer re-lints the whole design on every keystroke while almost every entry
// stays the same (the same reasoning as the layout cache in lint.ts).
const ENTRY_CACHE_SIZE = 20_000;
const entryCache = new Map<string, readonly EntryIssue[]>();

function checkEntry(list: ListName, value: string): readonly EntryIssue[] {
  const key = `${list}\u0000${value}`;
  const cached = entryCache.get(key);
  if (cached) return cached;
  const issues = CHECKS[list](value);
  // Dropping everything at the limit is simpler than LRU and costs one re-check per entry.
  if (entryCache.size >= ENTRY_CACHE_SIZE) entryCache.clear();
  entryCache.set(key, issues);
  return issues;
}

function fullFix(spec: FixSpec, path: string, entry: string): FindingFix {
  switch (spec.kind) {
    case 'move':
      return { kind: 'move', label: spec.label, from: path, entry, toList: spec.toList, value: spec.value };
    case 'replace':
      return { kind: 'replace', label: spec.label, path, entry, value: spec.value };
    case 'add':
      return { kind: 'add', label: spec.label, list: spec.list, value: spec.value };
  }
}

/** The list's entries as text, non-text entries as '' so indexes stay the body's; null if not a list. */
function textEntries(profile: Readonly<Record<string, unknown>>, key: ListName): string[] | null {
  if (!Object.hasOwn(profile, key)) return [];
  const list = profile[key];
  if (!Array.isArray(list)) return null;
  // Array.from, not map: holes in a sparse array become '' instead of staying holes.
  return Array.from(list, (entry: unknown) => (typeof entry === 'string' ? entry.trim() : ''));
}

export class KioskRules {
  /** Account key → label of the first profile that lists it. */
  private readonly accounts = new Map<string, string>();
  /** Lower-case profile name → label of the first profile with that name. */
  private readonly names = new Map<string, string>();

  /** Findings for one profile object of the body; `label` names it in messages ("Profile 1 ("Lobby")"). */
  profile(profile: Readonly<Record<string, unknown>>, path: string, label: string): RuleFinding[] {
    const out: RuleFinding[] = [];
    const add = (at: string, code: RuleCode, severity: RuleSeverity, message: string, fix?: FindingFix) => {
      const finding: RuleFinding = { path: at, severity, code, message: `${label}: ${message}`, docUrl: RULE_DOC_URLS[code] };
      if (fix) finding.fix = fix;
      out.push(finding);
    };

    const name = Object.hasOwn(profile, 'profileName') ? profile.profileName : undefined;
    if (typeof name === 'string' && name.trim() !== '') {
      const key = name.trim().toLowerCase();
      const first = this.names.get(key);
      if (first === undefined) this.names.set(key, label);
      else {
        add(
          `${path}/profileName`,
          RULE_CODES.profileNameDuplicate,
          'warning',
          `${first} has the same name. Intune lists profiles by name, so give each one its own name to tell them apart.`,
        );
      }
    }

    const lists: Partial<Record<ListName, string[]>> = {};
    for (const key of LIST_NAMES) {
      const entries = textEntries(profile, key);
      if (entries !== null) lists[key] = entries;
    }
    const aumids = lists.appUserModelIds;
    const paths = lists.desktopAppPaths;
    const accounts = lists.userAccounts;

    if (aumids && paths && aumids.every((a) => a === '') && paths.every((p) => p === '')) {
      add(
        `${path}/appUserModelIds`,
        RULE_CODES.profileNoApps,
        'error',
        'no app is allowed, so the kiosk user could not start anything. Add at least one app user model ID or desktop app path (Add from catalog helps).',
      );
    }

    const companions = aumids && paths ? missingCompanions(aumids, paths) : [];
    for (const key of LIST_NAMES) {
      const entries = lists[key];
      if (!entries) continue;
      const seenPaths = new Map<string, { index: number; lower: string }>();
      for (let j = 0; j < entries.length; j++) {
        const value = entries[j] ?? '';
        if (value === '') continue;
        const at = `${path}/${key}/${j}`;
        for (const issue of checkEntry(key, value)) {
          add(at, issue.code, issue.severity, issue.message, issue.fix ? fullFix(issue.fix, at, value) : undefined);
        }
        if (key === 'desktopAppPaths') {
          // Exact duplicates (ignoring case) are list.entry.duplicate; this adds / versus \.
          const pk = pathKey(value);
          const first = seenPaths.get(pk);
          if (first === undefined) seenPaths.set(pk, { index: j, lower: value.toLowerCase() });
          else if (first.lower !== value.toLowerCase()) {
            add(
              at,
              RULE_CODES.pathDuplicate,
              'error',
              `"${value}" is the same path as entry ${first.index + 1} once slashes are normalised. Remove this duplicate.`,
            );
          }
        }
        if (key === 'userAccounts') {
          const ak = accountKey(value);
          const owner = this.accounts.get(ak);
          if (owner === undefined) this.accounts.set(ak, label);
          else if (owner !== label) {
            add(
              at,
              RULE_CODES.accountOtherProfile,
              'error',
              `${value} is already assigned to ${owner}. An account can have only one kiosk profile: remove it from one of them.`,
            );
          }
        }
        for (const need of companions) {
          if (need.list !== key || need.index !== j) continue;
          const file = need.value.slice(need.value.lastIndexOf('\\') + 1);
          add(at, RULE_CODES.companionMissing, 'warning', `${need.why} Allow ${need.value} as well.`, {
            kind: 'add',
            label: `Add ${need.addTo === 'desktopAppPaths' ? file : need.value}`,
            list: need.addTo,
            value: need.value,
          });
        }
      }
    }

    if (accounts && accounts.every((a) => a === '')) {
      add(
        `${path}/userAccounts`,
        RULE_CODES.accountNone,
        'warning',
        'no user account is listed, so this profile applies to nobody. Add the standard accounts that should get the kiosk, e.g. AzureAD\\kiosk@contoso.com.',
      );
    }
    return out;
  }
}
