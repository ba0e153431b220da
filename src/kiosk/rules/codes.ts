// Finding codes of the app, path and account rules, with the Microsoft doc behind each one.
// Codes are stable: UI and tests key on them. Never rename one; add a new code instead.
// Kept in this folder (not findings.ts) because src/kiosk sub-folders may not import from their
// parent; findings.ts spreads RULE_CODES into FINDING_CODES so there is still one list of codes.

export const RULE_CODES = {
  /** A package family name (Name_PublisherId) without "!ApplicationId". */
  aumidMissingAppId: 'aumid.missingAppId',
  /** The part before "!" is not a package family name. */
  aumidFamilyName: 'aumid.familyName',
  /** The part after "!" is not a valid application id. */
  aumidAppId: 'aumid.appId',
  /** A drive-letter, UNC or %VAR%-rooted path typed where an AUMID belongs. */
  aumidPath: 'aumid.path',
  /** Spaces or characters no AUMID can hold. */
  aumidInvalidChars: 'aumid.invalidChars',
  /** A bare program file name (notepad.exe) in the AUMID list. */
  aumidFileName: 'aumid.fileName',
  /** The retired legacy (UWP) Microsoft Edge. */
  aumidLegacyEdge: 'aumid.legacyEdge',
  /** Not rooted at a drive or an environment variable: relative path or bare file name. */
  pathRelative: 'path.relative',
  /** UNC path or network-only variable: apps must be on the device. */
  pathNetwork: 'path.network',
  /** Characters Windows forbids in paths. */
  pathInvalidChars: 'path.invalidChars',
  /** Forward slashes instead of backslashes. */
  pathForwardSlash: 'path.forwardSlash',
  /** Does not end in .exe. */
  pathNotExe: 'path.notExe',
  /** %VAR% that is not a standard system environment variable. */
  pathUnknownVariable: 'path.unknownVariable',
  /** An AUMID typed where a desktop app path belongs. */
  pathAumid: 'path.aumid',
  /** Same path as an earlier entry once slashes are normalised. */
  pathDuplicate: 'path.duplicate',
  /** A known app needs a second allowed entry that is missing. */
  companionMissing: 'companion.missing',
  /** user@domain without the AzureAD\ prefix. */
  accountBareUpn: 'account.bareUpn',
  /** AzureAD\ followed by something that is not a UPN. */
  accountAzureAdUpn: 'account.azureAdUpn',
  /** An Entra prefix other than the literal "AzureAD\" (AAD\, Entra\, azuread\ …). */
  accountAzureAdPrefix: 'account.azureAdPrefix',
  /** Not one of user, .\user, COMPUTER\user, DOMAIN\user, AzureAD\user@domain. */
  accountFormat: 'account.format',
  /** Forward slash instead of a backslash between domain and user. */
  accountForwardSlash: 'account.forwardSlash',
  /** Characters invalid in user, computer or domain names. */
  accountInvalidChars: 'account.invalidChars',
  /** User name longer than the 20 characters a local or pre-Windows 2000 name may have. */
  accountNameTooLong: 'account.nameTooLong',
  /** A built-in administrator name: kiosk never applies to admins. */
  accountAdmin: 'account.admin',
  /** No user account: the profile applies to nobody. */
  accountNone: 'account.none',
  /** The same account in an earlier profile. */
  accountOtherProfile: 'account.otherProfile',
  /** No allowed app at all. */
  profileNoApps: 'profile.noApps',
  /** Same name as an earlier profile. */
  profileNameDuplicate: 'profile.name.duplicate',
} as const;

export type RuleCode = (typeof RULE_CODES)[keyof typeof RULE_CODES];

const CONFIG_FILE = 'https://learn.microsoft.com/en-us/windows/configuration/assigned-access/configuration-file';
const FIND_AUMID = 'https://learn.microsoft.com/en-us/windows/configuration/store/find-aumid';
const APP_MANIFEST_ID = 'https://learn.microsoft.com/en-us/uwp/schemas/appxpackage/uapmanifestschema/element-application';
const NAMING_FILES = 'https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file';
const SAM_ACCOUNT_NAME = 'https://learn.microsoft.com/en-us/windows/win32/adschema/a-samaccountname';
const KIOSK_SETTINGS = 'https://learn.microsoft.com/en-us/mem/intune/configuration/kiosk-settings-windows';
const GRAPH_PROFILE = 'https://learn.microsoft.com/en-us/graph/api/resources/intune-deviceconfig-windowsassignedaccessprofile?view=graph-rest-beta';

/** The Microsoft doc each rule comes from; shown as "Learn more" beside the finding. */
export const RULE_DOC_URLS: Record<RuleCode, string> = {
  // AUMID = PackageFamilyName!ApplicationId; Get-StartApps also lists non-package ids.
  'aumid.missingAppId': FIND_AUMID,
  'aumid.familyName': FIND_AUMID,
  // Application@Id: letters, digits and periods, starting with a letter, at most 64 characters.
  'aumid.appId': APP_MANIFEST_ID,
  // AllowedApps: AppUserModelId is for UWP apps, DesktopAppPath for desktop executables.
  'aumid.path': `${CONFIG_FILE}#allapplist`,
  'aumid.invalidChars': FIND_AUMID,
  'aumid.fileName': `${CONFIG_FILE}#allapplist`,
  // Microsoft Edge Legacy reached end of support on March 9, 2021.
  'aumid.legacyEdge': 'https://learn.microsoft.com/en-us/lifecycle/products/microsoft-edge-legacy',
  // DesktopAppPath: "the full path to a desktop app executable … can contain system environment variables".
  'path.relative': `${CONFIG_FILE}#allapplist`,
  // Kiosk settings: apps, files and shortcuts must be on the local system.
  'path.network': KIOSK_SETTINGS,
  'path.invalidChars': NAMING_FILES,
  'path.forwardSlash': NAMING_FILES,
  'path.notExe': `${CONFIG_FILE}#allapplist`,
  'path.unknownVariable': `${CONFIG_FILE}#allapplist`,
  'path.aumid': `${CONFIG_FILE}#allapplist`,
  'path.duplicate': `${CONFIG_FILE}#allapplist`,
  // "If an app has a dependency on another app, both must be included in the allowed apps list."
  'companion.missing': `${CONFIG_FILE}#allapplist`,
  // Accounts: devicename\user, .\user, user; domain\samAccountName; AzureAD\{UPN} "as is".
  'account.bareUpn': `${CONFIG_FILE}#microsoft-entra-user`,
  'account.azureAdUpn': `${CONFIG_FILE}#microsoft-entra-user`,
  'account.azureAdPrefix': `${CONFIG_FILE}#microsoft-entra-user`,
  'account.format': `${CONFIG_FILE}#user-accounts`,
  'account.forwardSlash': `${CONFIG_FILE}#user-accounts`,
  'account.invalidChars': SAM_ACCOUNT_NAME,
  'account.nameTooLong': SAM_ACCOUNT_NAME,
  // "It's not supported to associate an admin user with an Assigned Access profile."
  'account.admin': `${CONFIG_FILE}#configs`,
  'account.none': `${CONFIG_FILE}#configs`,
  'account.otherProfile': `${CONFIG_FILE}#configs`,
  // AllowedApps must list at least one App (XSD); Graph carries them in the two app lists.
  'profile.noApps': `${CONFIG_FILE}#allapplist`,
  'profile.name.duplicate': GRAPH_PROFILE,
};
