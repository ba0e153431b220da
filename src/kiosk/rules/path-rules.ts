// Rules for one entry of desktopAppPaths (AllowedApps DesktopAppPath): "the full path to a desktop
// app executable … can contain system environment variables in the form of %variableName%".
// https://learn.microsoft.com/en-us/windows/configuration/assigned-access/configuration-file#allapplist
// Apps must be on the device: https://learn.microsoft.com/en-us/mem/intune/configuration/kiosk-settings-windows
// Characters Windows forbids in paths: https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file
import { RULE_CODES } from './codes';
import type { EntryIssue } from './entry-issue';
import { DRIVE_ROOT, UNC_ROOT, VARIABLE_ROOT, listCharacters, looksLikeAumid, offendingCharacters } from './identifiers';

/**
 * System environment variables Windows sets on every device (compared ignoring case). Others may
 * be missing, or differ per user, when Assigned Access expands the path.
 * https://learn.microsoft.com/en-us/windows/deployment/usmt/usmt-recognized-environment-variables
 */
export const KNOWN_PATH_VARIABLES: readonly string[] = [
  'windir',
  'SystemRoot',
  'SystemDrive',
  'ProgramFiles',
  'ProgramFiles(x86)',
  'ProgramW6432',
  'ProgramData',
  'ALLUSERSPROFILE',
  'CommonProgramFiles',
  'CommonProgramFiles(x86)',
  'CommonProgramW6432',
  'PUBLIC',
  'USERPROFILE',
  'LOCALAPPDATA',
  'APPDATA',
  'HOMEDRIVE',
  'HOMEPATH',
];

/** Variables that point at network locations (home share, logon server). */
const NETWORK_VARIABLES = new Set(['homeshare', 'logonserver']);

const KNOWN_VARIABLE_KEYS = new Set(KNOWN_PATH_VARIABLES.map((name) => name.toLowerCase()));

/** Characters Windows forbids in a path (":" only after the drive letter). */
const PATH_FORBIDDEN = '<>"|?*:';

const EXAMPLE = '%windir%\\System32\\notepad.exe';

/** Problems with one trimmed, non-empty desktop app path; [] when it is fine. */
export function checkDesktopPath(value: string): EntryIssue[] {
  if (looksLikeAumid(value)) {
    return [
      {
        code: RULE_CODES.pathAumid,
        severity: 'error',
        message: `"${value}" is an app user model ID, not a file path, so it cannot allow a desktop app here. Move it to the app user model IDs.`,
        fix: { kind: 'move', label: 'Move to app user model IDs', toList: 'appUserModelIds', value },
      },
    ];
  }

  if (UNC_ROOT.test(value)) {
    return [
      {
        code: RULE_CODES.pathNetwork,
        severity: 'error',
        message: `"${value}" is on a network share. Kiosk apps must be installed on the device itself: install the app locally and allow its local path (for example under %ProgramFiles%).`,
      },
    ];
  }

  const variable = VARIABLE_ROOT.exec(value)?.[1];
  if (variable !== undefined && NETWORK_VARIABLES.has(variable.toLowerCase())) {
    return [
      {
        code: RULE_CODES.pathNetwork,
        severity: 'error',
        message: `"${value}" starts with %${variable}%, a network location. Kiosk apps must be installed on the device itself: allow a local path instead.`,
      },
    ];
  }

  if (variable === undefined && !DRIVE_ROOT.test(value)) {
    const bare = !value.includes('\\') && !value.includes('/');
    let how: string;
    if (value.startsWith('%')) how = 'The environment variable is not closed: write it as %name%, e.g. %ProgramFiles%\\Contoso\\app.exe.';
    else if (bare) how = `A bare file name is not enough: give the full path, e.g. ${/\.exe$/i.test(value) ? `%windir%\\System32\\${value}` : EXAMPLE}.`;
    else if (/^[A-Za-z]:/.test(value)) how = `Add a backslash after the drive letter: ${value.slice(0, 2)}\\${value.slice(2)}.`;
    else how = `Start it with a drive (C:\\…) or a system variable such as %ProgramFiles%, e.g. ${EXAMPLE}.`;
    return [
      {
        code: RULE_CODES.pathRelative,
        severity: 'error',
        message: `"${value}" is not a full path, so Windows cannot tell which program to allow. ${how}`,
      },
    ];
  }

  const issues: EntryIssue[] = [];
  // The drive's ":" is allowed; a variable name may hold "(x86)".
  const rest = variable !== undefined ? value.slice(variable.length + 2) : value.slice(2);
  const bad = offendingCharacters(rest, PATH_FORBIDDEN);
  if (bad.length > 0) {
    issues.push({
      code: RULE_CODES.pathInvalidChars,
      severity: 'error',
      message: `"${value}" contains ${listCharacters(bad)}, which Windows does not allow in a path. Remove ${bad.length === 1 ? 'it' : 'them'}; arguments cannot be given here.`,
    });
  }

  if (value.includes('/')) {
    const fixed = value.replace(/\//g, '\\');
    issues.push({
      code: RULE_CODES.pathForwardSlash,
      severity: 'warning',
      message: `"${value}" uses forward slashes. Assigned Access turns this path into AppLocker rules, which expect Windows paths: use backslashes.`,
      fix: { kind: 'replace', label: 'Use backslashes', value: fixed },
    });
  }

  if (variable !== undefined && !KNOWN_VARIABLE_KEYS.has(variable.toLowerCase())) {
    issues.push({
      code: RULE_CODES.pathUnknownVariable,
      severity: 'warning',
      message: `%${variable}% is not a standard Windows environment variable, so it may not expand on the device. Check the spelling (e.g. %ProgramFiles(x86)%, %windir%) or use the full path.`,
    });
  }

  if (!/\.exe$/i.test(value)) {
    const ext = /\.([A-Za-z0-9]{1,5})$/.exec(value)?.[1]?.toLowerCase();
    let why: string;
    if (ext === 'lnk') why = 'A shortcut cannot be allowed: allow the program it starts (its Target), and pin the shortcut in the Start layout.';
    else if (ext === 'bat' || ext === 'cmd' || ext === 'ps1' || ext === 'vbs')
      why = 'A script is run by another program: allow that program too (cmd.exe, powershell.exe or wscript.exe).';
    else why = 'Allowed desktop apps are programs (.exe): check that this is the program file itself.';
    issues.push({ code: RULE_CODES.pathNotExe, severity: 'warning', message: `"${value}" does not end in .exe. ${why}` });
  }

  return issues;
}
