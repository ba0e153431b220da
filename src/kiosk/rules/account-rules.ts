// Rules for one entry of userAccounts (the CSP's <Account>). Accepted forms:
// user, .\user, COMPUTER\user (local); DOMAIN\samAccountName (AD); AzureAD\user@domain (Entra ID).
// https://learn.microsoft.com/en-us/windows/configuration/assigned-access/configuration-file#user-accounts
// Kiosk profiles never apply to administrators:
// https://learn.microsoft.com/en-us/windows/configuration/assigned-access/configuration-file#configs
// User name limits (characters, 20-character pre-Windows 2000 name):
// https://learn.microsoft.com/en-us/windows/win32/adschema/a-samaccountname
import { RULE_CODES } from './codes';
import type { EntryIssue } from './entry-issue';
import { listCharacters, offendingCharacters } from './identifiers';

export const AZURE_AD_PREFIX = 'AzureAD';

/** Characters not allowed in user names: " / \ [ ] : ; | = , + * ? < > and @ (outside a UPN). */
const USER_FORBIDDEN = '"/\\[]:;|=,+*?<>@';
/** Characters not allowed in computer or NetBIOS domain names, plus spaces. */
const DOMAIN_FORBIDDEN = '"/\\:*?<>|@ \t';
/** A UPN's name part: no spaces and none of the user-name characters. */
const UPN_LOCAL_FORBIDDEN = '"/\\[]:;|=,+*?<>@ \t';
/** A UPN's domain: DNS labels separated by dots. */
const UPN_DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/** The longest user name a local account or an AD pre-Windows 2000 logon name can have. */
export const MAX_USER_NAME_LENGTH = 20;

/**
 * Names of the built-in Administrator account (English and common localized names) and the
 * usual admin account name. A kiosk profile assigned to an admin never applies.
 */
export const ADMIN_ACCOUNT_NAMES: readonly string[] = [
  'Administrator',
  'Admin',
  'Administrateur',
  'Administrador',
  'Administratör',
  'Järjestelmänvalvoja',
  'Rendszergazda',
  'Администратор',
];
const ADMIN_KEYS = new Set(ADMIN_ACCOUNT_NAMES.map((name) => name.toLowerCase()));

/** Prefixes people write for Entra ID instead of the literal AzureAD\ (compared lower case). */
const ENTRA_LOOKALIKES = new Set(['aad', 'azure', 'azure ad', 'azure-ad', 'azuread', 'entra', 'entraid', 'entra id', 'microsoftentraid']);

function isUpn(value: string): boolean {
  const at = value.indexOf('@');
  if (at <= 0 || value.indexOf('@', at + 1) >= 0) return false;
  const local = value.slice(0, at);
  return offendingCharacters(local, UPN_LOCAL_FORBIDDEN).length === 0 && UPN_DOMAIN.test(value.slice(at + 1));
}

/** Checks the user part of a local or AD account. */
function checkUserName(value: string, user: string): EntryIssue[] {
  const bad = offendingCharacters(user, USER_FORBIDDEN);
  if (bad.length > 0) {
    return [
      {
        code: RULE_CODES.accountInvalidChars,
        severity: 'error',
        message: `The user name in "${value}" contains ${listCharacters(bad)}, which Windows does not allow in account names. Use the account's sign-in name (sAMAccountName) exactly.`,
      },
    ];
  }
  if (/^[.\s]+$/.test(user)) {
    return [
      {
        code: RULE_CODES.accountInvalidChars,
        severity: 'error',
        message: `"${value}" has no user name: account names cannot be only periods or spaces.`,
      },
    ];
  }
  const issues: EntryIssue[] = [];
  if (user.length > MAX_USER_NAME_LENGTH) {
    issues.push({
      code: RULE_CODES.accountNameTooLong,
      severity: 'warning',
      message: `"${user}" is ${user.length} characters long; local user names and AD pre-Windows 2000 logon names have at most ${MAX_USER_NAME_LENGTH}. Use the account's short sign-in name.`,
    });
  }
  if (ADMIN_KEYS.has(user.toLowerCase())) {
    issues.push({
      code: RULE_CODES.accountAdmin,
      severity: 'warning',
      message: `"${value}" looks like an administrator account. Assigned Access never applies to administrators, so this account will get the normal desktop. Use a standard (non-admin) account.`,
    });
  }
  return issues;
}

/** Problems with one trimmed, non-empty account entry; [] when it is fine. */
export function checkAccount(value: string): EntryIssue[] {
  if (value.includes('/') && !value.includes('\\')) {
    const fixed = value.replace(/\//g, '\\');
    const fixable = checkAccount(fixed).every((issue) => issue.severity !== 'error');
    return [
      {
        code: RULE_CODES.accountForwardSlash,
        severity: 'error',
        message: `"${value}" separates domain and user with "/". Windows expects a backslash: ${fixed}.`,
        ...(fixable ? { fix: { kind: 'replace' as const, label: `Change to ${fixed}`, value: fixed } } : {}),
      },
    ];
  }

  const parts = value.split('\\');
  if (parts.length > 2) {
    return [
      {
        code: RULE_CODES.accountFormat,
        severity: 'error',
        message: `"${value}" has more than one backslash. Use one of: user, .\\user, COMPUTER\\user, DOMAIN\\user or AzureAD\\user@contoso.com.`,
      },
    ];
  }

  if (parts.length === 1) {
    if (value.includes('@')) {
      const fixed = `${AZURE_AD_PREFIX}\\${value}`;
      return [
        {
          code: RULE_CODES.accountBareUpn,
          severity: 'error',
          message: `"${value}" is a user principal name without a prefix, which Assigned Access cannot resolve. For a Microsoft Entra ID user write ${fixed}; for an Active Directory user write DOMAIN\\samAccountName.`,
          ...(isUpn(value) ? { fix: { kind: 'replace' as const, label: `Change to ${fixed}`, value: fixed } } : {}),
        },
      ];
    }
    return checkUserName(value, value);
  }

  const [prefix = '', user = ''] = parts;
  if (prefix.trim() === '' || user.trim() === '') {
    return [
      {
        code: RULE_CODES.accountFormat,
        severity: 'error',
        message: `"${value}" is missing the ${prefix.trim() === '' ? 'computer or domain name before' : 'user name after'} the backslash. Use user, .\\user, COMPUTER\\user, DOMAIN\\user or AzureAD\\user@contoso.com.`,
      },
    ];
  }

  const prefixKey = prefix.toLowerCase();
  if (ENTRA_LOOKALIKES.has(prefixKey) || (prefixKey !== '.' && user.includes('@'))) {
    const fixed = `${AZURE_AD_PREFIX}\\${user}`;
    if (!isUpn(user)) {
      return [
        {
          code: RULE_CODES.accountAzureAdUpn,
          severity: 'error',
          message: prefixKey === 'azuread'
            ? `"${value}": after AzureAD\\ comes the user's full user principal name (UPN), such as AzureAD\\kiosk@contoso.onmicrosoft.com.`
            : `"${value}" mixes a prefix with an @ name. Entra ID users are written AzureAD\\user@domain; AD users DOMAIN\\samAccountName.`,
        },
      ];
    }
    if (prefix === AZURE_AD_PREFIX) {
      const local = user.slice(0, user.indexOf('@'));
      return ADMIN_KEYS.has(local.toLowerCase()) ? checkUserName(value, local).filter((issue) => issue.code === RULE_CODES.accountAdmin) : [];
    }
    const isLookalike = ENTRA_LOOKALIKES.has(prefixKey);
    return [
      {
        code: isLookalike ? RULE_CODES.accountAzureAdPrefix : RULE_CODES.accountFormat,
        severity: prefixKey === 'azuread' ? 'warning' : 'error',
        message: isLookalike
          ? `"${value}": Microsoft Entra ID accounts must start with "${AZURE_AD_PREFIX}\\" written exactly like that, whatever the tenant is called. Write ${fixed}.`
          : `"${value}" puts a user principal name after a domain. Active Directory accounts are DOMAIN\\samAccountName; Microsoft Entra ID accounts are ${fixed}.`,
        fix: { kind: 'replace', label: `Change to ${fixed}`, value: fixed },
      },
    ];
  }

  if (prefix !== '.') {
    const bad = offendingCharacters(prefix, DOMAIN_FORBIDDEN);
    if (bad.length > 0) {
      return [
        {
          code: RULE_CODES.accountInvalidChars,
          severity: 'error',
          message: `The computer or domain name "${prefix}" contains ${listCharacters(bad)}, which such names cannot hold. Use the NetBIOS name, e.g. CONTOSO\\${user}.`,
        },
      ];
    }
  }
  return checkUserName(value, user);
}

/** The key under which two entries name the same account (".\kiosk" and "kiosk" are one). */
export function accountKey(value: string): string {
  const key = value.trim().toLowerCase();
  return key.startsWith('.\\') ? key.slice(2) : key;
}
