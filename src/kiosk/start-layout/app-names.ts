// Names for what a Start tile launches, and whether the profile allows it. A desktop tile's .lnk
// cannot be resolved to its program offline, so desktop tiles are matched to the allowed desktop
// apps by name (msedge.exe ↔ "Microsoft Edge.lnk", ContosoTool.exe ↔ "Contoso Tool.lnk"), and only
// a clearly unrelated tile counts as not allowed.
// AUMIDs: https://learn.microsoft.com/windows/configuration/store/find-aumid
// Start Menu shortcuts used in Microsoft's kiosk samples:
// https://learn.microsoft.com/windows/configuration/assigned-access/configuration-file

const ALL_USERS_PROGRAMS = '%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs';
const USER_PROGRAMS = '%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs';

interface KnownDesktopApp {
  /** Lower-case file name of the program. */
  exe: string;
  name: string;
  /** Shortcut Microsoft's samples pin it with. */
  link?: string;
  /** AUMID-style ids Windows knows the program by (DesktopApplicationID). */
  ids?: string[];
  /** Pin with DesktopApplicationID instead of a shortcut (Microsoft's own sample does for Explorer). */
  preferId?: string;
  /** A helper the profile allows but nobody pins (Edge's web-app launcher). */
  helper?: boolean;
}

/** Known desktop programs (domain notes §4.2/§4.3; Office names are the Click-to-Run shortcuts). */
const KNOWN_DESKTOP_APPS: KnownDesktopApp[] = [
  { exe: 'msedge.exe', name: 'Microsoft Edge', link: `${ALL_USERS_PROGRAMS}\\Microsoft Edge.lnk`, ids: ['MSEdge'] },
  { exe: 'msedge_proxy.exe', name: 'Microsoft Edge web apps', helper: true },
  {
    exe: 'explorer.exe',
    name: 'File Explorer',
    link: `${USER_PROGRAMS}\\System Tools\\File Explorer.lnk`,
    ids: ['Microsoft.Windows.Explorer'],
    preferId: 'Microsoft.Windows.Explorer',
  },
  { exe: 'cmd.exe', name: 'Command Prompt', link: `${USER_PROGRAMS}\\System Tools\\Command Prompt.lnk` },
  { exe: 'powershell.exe', name: 'Windows PowerShell', link: `${USER_PROGRAMS}\\Windows PowerShell\\Windows PowerShell.lnk` },
  { exe: 'mspaint.exe', name: 'Paint', link: `${ALL_USERS_PROGRAMS}\\Accessories\\Paint.lnk` },
  { exe: 'notepad.exe', name: 'Notepad' },
  { exe: 'osk.exe', name: 'On-Screen Keyboard' },
  { exe: 'winword.exe', name: 'Word', ids: ['Microsoft.Office.WINWORD.EXE.15'] },
  { exe: 'excel.exe', name: 'Excel', ids: ['Microsoft.Office.EXCEL.EXE.15'] },
  { exe: 'powerpnt.exe', name: 'PowerPoint', ids: ['Microsoft.Office.POWERPNT.EXE.15'] },
  { exe: 'outlook.exe', name: 'Outlook', ids: ['Microsoft.Office.OUTLOOK.EXE.15'] },
];

/** Friendly names of common inbox AUMIDs (domain notes §4.2). */
const KNOWN_AUMIDS: Record<string, string> = {
  'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App': 'Calculator',
  'Microsoft.Windows.Photos_8wekyb3d8bbwe!App': 'Photos',
  'windows.immersivecontrolpanel_cw5n1h2txyewy!microsoft.windows.immersivecontrolpanel': 'Settings',
  'Microsoft.BingWeather_8wekyb3d8bbwe!App': 'Weather',
  'Microsoft.ZuneVideo_8wekyb3d8bbwe!Microsoft.ZuneVideo': 'Movies & TV',
  'Microsoft.ZuneMusic_8wekyb3d8bbwe!Microsoft.ZuneMusic': 'Media Player',
  'Microsoft.WindowsAlarms_8wekyb3d8bbwe!App': 'Alarms & Clock',
  'Microsoft.MicrosoftEdge_8wekyb3d8bbwe!MicrosoftEdge': 'Microsoft Edge (legacy)',
  'Microsoft.WindowsNotepad_8wekyb3d8bbwe!App': 'Notepad',
  'Microsoft.Paint_8wekyb3d8bbwe!App': 'Paint',
  'Microsoft.ScreenSketch_8wekyb3d8bbwe!App': 'Snipping Tool',
  'Microsoft.MicrosoftStickyNotes_8wekyb3d8bbwe!App': 'Sticky Notes',
  'Microsoft.WindowsCamera_8wekyb3d8bbwe!App': 'Camera',
  'Microsoft.WindowsTerminal_8wekyb3d8bbwe!App': 'Terminal',
  'MSTeams_8wekyb3d8bbwe!MSTeams': 'Microsoft Teams',
  'MicrosoftCorporationII.QuickAssist_8wekyb3d8bbwe!App': 'Quick Assist',
  MSEdge: 'Microsoft Edge',
  'Microsoft.Windows.Explorer': 'File Explorer',
};

/** Last segment of a Windows or URL-ish path. */
export function fileNameOf(path: string): string {
  let trimmed = path.trim();
  while (trimmed.endsWith('\\') || trimmed.endsWith('/')) trimmed = trimmed.slice(0, -1);
  return trimmed.slice(Math.max(trimmed.lastIndexOf('\\'), trimmed.lastIndexOf('/')) + 1);
}

/** File name without its last extension (".exe", ".lnk", ".url"). */
export function baseNameOf(path: string): string {
  const name = fileNameOf(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function knownByExe(path: string): KnownDesktopApp | undefined {
  const exe = fileNameOf(path).toLowerCase();
  return KNOWN_DESKTOP_APPS.find((app) => app.exe === exe);
}

function knownById(id: string): KnownDesktopApp | undefined {
  const lower = id.trim().toLowerCase();
  return KNOWN_DESKTOP_APPS.find((app) => app.ids?.some((known) => known.toLowerCase() === lower));
}

/** "LineOfBusinessApp" → "Line Of Business App". */
function splitWords(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_]+/g, ' ')
    .trim();
}

/** A short name people recognise for an AUMID: known inbox apps by name, others from the package name. */
export function friendlyAumidName(aumid: string): string {
  const id = aumid.trim();
  const known = KNOWN_AUMIDS[id];
  if (known) return known;
  const bang = id.indexOf('!');
  const family = bang >= 0 ? id.slice(0, bang) : id;
  const packageName = family.includes('_') ? family.slice(0, family.lastIndexOf('_')) : family;
  const segments = packageName.split('.').filter((s) => s !== '');
  const last = segments[segments.length - 1] ?? packageName;
  return splitWords(last.replace(/^Windows(?=[A-Z])/, '')) || id;
}

/** A short name for a desktop program path: known programs by name, others from the file name. */
export function friendlyDesktopName(path: string): string {
  const known = knownByExe(path);
  if (known) return known.name;
  return baseNameOf(path).trim() || path.trim();
}

/** What a tile launches, in words, from its AUMID / DesktopApplicationID / link path. */
export function friendlyTileName(target: { appUserModelId?: string; desktopApplicationId?: string; desktopApplicationLinkPath?: string; displayName?: string }): string {
  if (target.displayName?.trim()) return target.displayName.trim();
  if (target.appUserModelId !== undefined) return friendlyAumidName(target.appUserModelId);
  if (target.desktopApplicationId !== undefined) {
    const id = target.desktopApplicationId.trim();
    const known = KNOWN_AUMIDS[id] ?? knownById(id)?.name;
    if (known) return known;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(id)) {
      const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(id)?.[1];
      return host ?? id;
    }
    if (/[\\/]/.test(id)) return friendlyDesktopName(id);
    return friendlyAumidName(id);
  }
  if (target.desktopApplicationLinkPath !== undefined) return baseNameOf(target.desktopApplicationLinkPath).trim() || target.desktopApplicationLinkPath;
  return 'Unknown app';
}

export type DesktopPin = { kind: 'link'; path: string } | { kind: 'id'; id: string };

/**
 * How to pin an allowed desktop program: its DesktopApplicationID when Windows knows one that
 * Microsoft pins by (File Explorer), else the shortcut Microsoft's samples use, else a shortcut
 * named after the program under the all-users Start Menu Programs folder.
 */
export function suggestDesktopPin(path: string): DesktopPin {
  const known = knownByExe(path);
  if (known?.preferId) return { kind: 'id', id: known.preferId };
  if (known?.link) return { kind: 'link', path: known.link };
  const name = known?.name ?? baseNameOf(path).trim();
  return { kind: 'link', path: `${ALL_USERS_PROGRAMS}\\${name}.lnk` };
}

/** Allowed helpers such as msedge_proxy.exe are allowed so other apps work, not to be pinned. */
export function isHelperProgram(path: string): boolean {
  return knownByExe(path)?.helper === true;
}

export interface AllowedApps {
  appUserModelIds: readonly string[];
  desktopAppPaths: readonly string[];
}

/** Letters and digits only, lower case: "Microsoft Edge" and "microsoft-edge" compare equal. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Precomputed lookups for matching tiles against one profile's allowed apps. */
export class AllowedAppIndex {
  private readonly aumids = new Set<string>();
  private readonly aumidsLower = new Map<string, string>();
  /** Lower-case file names of allowed programs ("msedge.exe"). */
  private readonly exes = new Set<string>();
  /** Names an allowed program may be pinned under, raw lower-case and squashed. */
  private readonly names = new Set<string>();
  private readonly squashedNames: string[] = [];

  constructor(allowed: AllowedApps) {
    for (const raw of allowed.appUserModelIds) {
      const id = raw.trim();
      if (id === '') continue;
      this.aumids.add(id);
      this.aumidsLower.set(id.toLowerCase(), id);
    }
    for (const raw of allowed.desktopAppPaths) {
      const path = raw.trim();
      if (path === '') continue;
      this.exes.add(fileNameOf(path).toLowerCase());
      const candidates = [baseNameOf(path)];
      const known = knownByExe(path);
      if (known) candidates.push(known.name, ...(known.link ? [baseNameOf(known.link)] : []));
      for (const candidate of candidates) {
        const lower = candidate.trim().toLowerCase();
        if (lower !== '') this.names.add(lower);
        const squashed = squash(candidate);
        if (squashed !== '') this.squashedNames.push(squashed);
      }
    }
  }

  get hasDesktopApps(): boolean {
    return this.exes.size > 0;
  }

  /** null when allowed, else why not (one sentence, no trailing period). */
  checkAumid(aumid: string): string | null {
    const id = aumid.trim();
    if (this.aumids.has(id)) return null;
    const known = knownById(id);
    if (known && this.exes.has(known.exe)) return null;
    const caseVariant = this.aumidsLower.get(id.toLowerCase());
    if (caseVariant !== undefined) {
      return `the allowed app is "${caseVariant}", which differs only in letter case, and AUMIDs are case-sensitive`;
    }
    return `"${id}" is not in the profile's allowed apps (AUMIDs)`;
  }

  /** DesktopApplicationID: an AUMID of a desktop app, a known-folder path, or a URL (web link, not checked). */
  checkDesktopId(desktopId: string): string | null {
    const id = desktopId.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(id)) return null;
    if (this.aumids.has(id)) return null;
    const known = knownById(id);
    if (known) return this.exes.has(known.exe) ? null : `${known.name} (${known.exe}) is not in the profile's desktop app paths`;
    if (/[\\/]/.test(id)) return this.checkName(baseNameOf(id), fileNameOf(id));
    // An unknown id: accept it when it names an allowed program (Contoso.Tool ↔ ContosoTool.exe).
    const squashed = squash(id);
    if (this.squashedNames.some((name) => name.length >= 3 && squashed.includes(name))) return null;
    return `"${id}" is not in the profile's allowed apps and names none of its desktop apps`;
  }

  /** DesktopApplicationLinkPath: match the shortcut's name against the allowed programs. */
  checkLinkPath(linkPath: string): string | null {
    if (/\.url$/i.test(linkPath.trim())) return null;
    return this.checkName(baseNameOf(linkPath), fileNameOf(linkPath));
  }

  private checkName(base: string, file: string): string | null {
    if (this.exes.has(file.toLowerCase())) return null;
    if (this.names.has(base.trim().toLowerCase())) return null;
    const squashed = squash(base);
    if (squashed.length >= 3 && this.squashedNames.some((name) => name.length >= 3 && (name.includes(squashed) || squashed.includes(name)))) return null;
    if (!this.hasDesktopApps) return `the profile allows no desktop apps, so "${file}" cannot start`;
    return `"${file}" does not look like any of the profile's desktop apps`;
  }
}
