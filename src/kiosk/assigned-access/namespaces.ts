// The AssignedAccess CSP's XML vocabulary: namespace URIs, the CSP node, and the GUID form its
// Profile ids take. Elements are matched by namespace URI, never by prefix: prefixes are arbitrary
// (Microsoft's docs use rs5/v3/v5, community files use r1809, v2, win11 for the same URIs).
// Versions: https://learn.microsoft.com/windows/configuration/assigned-access/configuration-file
// XSD:      https://learn.microsoft.com/windows/configuration/assigned-access/xsd

/** Windows 10 1709: Profiles, AllAppsList, StartLayout, Taskbar, Configs, Account, UserGroup, AutoLogonAccount, KioskModeApp. */
export const NS_2017 = 'http://schemas.microsoft.com/AssignedAccess/2017/config';
/** "rs5", Windows 10 1809: AutoLaunch, AutoLaunchArguments, DisplayName, FileExplorerNamespaceRestrictions. */
export const NS_RS5 = 'http://schemas.microsoft.com/AssignedAccess/201810/config';
/** "v3", Windows 10 1909: AllowRemovableDrives, NoRestriction, GlobalProfile. */
export const NS_V3 = 'http://schemas.microsoft.com/AssignedAccess/2020/config';
/** Windows 10 (labelled "v5" in the 1909 XSD): Exclusions / SpecialGroup DeviceOwner of a GlobalProfile. */
export const NS_202010 = 'http://schemas.microsoft.com/AssignedAccess/202010/config';
/** "v4", Windows 11 21H2: ClassicAppPath, ClassicAppArguments, BreakoutSequence. */
export const NS_V4 = 'http://schemas.microsoft.com/AssignedAccess/2021/config';
/** "v5", Windows 11 22H2: StartPins, TaskbarLayout. */
export const NS_V5 = 'http://schemas.microsoft.com/AssignedAccess/2022/config';

/**
 * The CSP node that takes the whole document.
 * https://learn.microsoft.com/windows/client-management/mdm/assignedaccess-csp#configuration
 */
export const ASSIGNED_ACCESS_OMA_URI = './Vendor/MSFT/AssignedAccess/Configuration';

/** XSD guid_t: braces required, hex digits in either case. */
export const BRACED_GUID_PATTERN = /^\{[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\}$/;

/** Same GUID with or without braces (import is lenient; export always writes braces). */
export const LOOSE_GUID_PATTERN = /^\{?([0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})\}?$/;

/** The one HiddenId an AutoLogonAccount may carry (XSD `fixed`), so a file has at most one. */
export const AUTOLOGON_HIDDEN_ID = '{74331115-F68A-4DF9-8D2C-52BA2CE2ADB1}';
