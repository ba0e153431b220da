// Realistic, deterministic test data: bigDesign() is the worst case we promise to handle quickly
// (50 profiles × 100 AUMIDs, 50 desktop paths, 20 accounts, ~20 KB Start layout each).
// Used by unit tests and the benchmark; not part of the public API.
// Values follow Microsoft's formats: AUMIDs "PackageFamilyName!AppId"
// (https://learn.microsoft.com/en-us/windows/configuration/store/find-aumid), Start layout
// LayoutModificationTemplate (https://learn.microsoft.com/en-us/windows/configuration/start/layout-xml-desktop).
import type { Design, Profile } from './schema';

const INBOX_AUMIDS = [
  'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App',
  'Microsoft.Windows.Photos_8wekyb3d8bbwe!App',
  'windows.immersivecontrolpanel_cw5n1h2txyewy!microsoft.windows.immersivecontrolpanel',
  'Microsoft.BingWeather_8wekyb3d8bbwe!App',
  'Microsoft.WindowsAlarms_8wekyb3d8bbwe!App',
  'Microsoft.WindowsNotepad_8wekyb3d8bbwe!App',
  'Microsoft.Paint_8wekyb3d8bbwe!App',
  'Microsoft.ScreenSketch_8wekyb3d8bbwe!App',
  'Microsoft.MicrosoftStickyNotes_8wekyb3d8bbwe!App',
  'Microsoft.WindowsCamera_8wekyb3d8bbwe!App',
  'Microsoft.WindowsTerminal_8wekyb3d8bbwe!App',
  'MSTeams_8wekyb3d8bbwe!MSTeams',
  'MicrosoftCorporationII.QuickAssist_8wekyb3d8bbwe!App',
  // Companion of msedge.exe below (Edge's packaged identity, used by sites pinned to Start).
  'Microsoft.MicrosoftEdge.Stable_8wekyb3d8bbwe!App',
  'Microsoft.ZuneVideo_8wekyb3d8bbwe!Microsoft.ZuneVideo',
  'Microsoft.ZuneMusic_8wekyb3d8bbwe!Microsoft.ZuneMusic',
];

const INBOX_PATHS = [
  '%windir%\\explorer.exe',
  '%windir%\\System32\\cmd.exe',
  '%windir%\\System32\\WindowsPowerShell\\v1.0\\Powershell.exe',
  '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe',
  '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge_proxy.exe',
  '%windir%\\System32\\notepad.exe',
  'C:\\Windows\\System32\\osk.exe',
  'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE',
  'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE',
  'C:\\Program Files\\Microsoft Office\\root\\Office16\\POWERPNT.EXE',
];

const SITES = ['Lobby', 'Reception', 'Warehouse', 'Café', 'Empfang – Büro', 'Front desk', 'Library', 'Showroom', 'Clinic', 'Depot'];

const LAYOUT_TARGET_LENGTH = 20 * 1024;

function guid(index: number): string {
  return `6f1c2a3e-5b7d-4c8e-9a0b-${index.toString(16).padStart(12, '0')}`;
}

function xmlAttr(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

function aumids(profile: number): string[] {
  const out = [...INBOX_AUMIDS];
  for (let n = out.length; n < 100; n++) out.push(`Contoso.LineOfBusiness${profile}x${n}_4m7ftz3nqx2kc!App`);
  return out;
}

function desktopPaths(profile: number): string[] {
  const out = [...INBOX_PATHS];
  for (let n = out.length; n < 50; n++) out.push(`%ProgramFiles%\\Contoso\\Tool ${profile}-${n}\\ContosoTool${n}.exe`);
  return out;
}

function accounts(profile: number): string[] {
  const out: string[] = [];
  for (let n = 0; n < 20; n++) {
    if (n % 3 === 0) out.push(`AzureAD\\kiosk.p${profile}u${n}@contoso.com`);
    else if (n % 3 === 1) out.push(`CONTOSO\\kiosk-p${profile}-u${n}`);
    else out.push(`.\\kioskuser${profile}x${n}`);
  }
  return out;
}

/** A LayoutModificationTemplate of about 20 KB with groups of 2x2 tiles for the given apps. */
function startLayout(site: string, apps: readonly string[], paths: readonly string[]): string {
  const head =
    '<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" ' +
    'xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout" ' +
    'xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1">\n' +
    '  <LayoutOptions StartTileGroupCellWidth="6"/>\n' +
    '  <DefaultLayoutOverride>\n' +
    '    <StartLayoutCollection>\n' +
    '      <defaultlayout:StartLayout GroupCellWidth="6">\n';
  const tail =
    '      </defaultlayout:StartLayout>\n' +
    '    </StartLayoutCollection>\n' +
    '  </DefaultLayoutOverride>\n' +
    '</LayoutModificationTemplate>\n';
  const parts: string[] = [head];
  let length = head.length + tail.length;
  for (let group = 0, tile = 0; length < LAYOUT_TARGET_LENGTH; group++) {
    const lines: string[] = [`        <start:Group Name="${xmlAttr(`${site} ${group + 1}`)}">\n`];
    for (let slot = 0; slot < 9; slot++, tile++) {
      const column = (slot % 3) * 2;
      const row = Math.floor(slot / 3) * 2;
      if (tile % 4 === 3) {
        const path = paths[tile % paths.length] ?? '';
        const name = path.slice(path.lastIndexOf('\\') + 1).replace(/\.exe$/i, '');
        lines.push(
          `          <start:DesktopApplicationTile Size="2x2" Column="${column}" Row="${row}" DesktopApplicationLinkPath="${xmlAttr(`%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\${name}.lnk`)}"/>\n`,
        );
      } else {
        const aumid = apps[tile % apps.length] ?? '';
        lines.push(`          <start:Tile Size="2x2" Column="${column}" Row="${row}" AppUserModelID="${xmlAttr(aumid)}"/>\n`);
      }
    }
    lines.push('        </start:Group>\n');
    for (const line of lines) {
      parts.push(line);
      length += line.length;
    }
  }
  parts.push(tail);
  return parts.join('');
}

export function bigProfile(index: number): Profile {
  const site = SITES[index % SITES.length] ?? 'Kiosk';
  const apps = aumids(index);
  const paths = desktopPaths(index);
  return {
    id: guid(index),
    profileName: `${site} kiosk ${index + 1}`,
    showTaskBar: index % 2 === 0,
    appUserModelIds: apps,
    desktopAppPaths: paths,
    userAccounts: accounts(index),
    startMenuLayoutXml: startLayout(site, apps, paths),
  };
}

/** 50 profiles × (100 AUMIDs, 50 desktop paths, 20 accounts, ~20 KB layout); no lint errors. */
export function bigDesign(): Design {
  return Array.from({ length: 50 }, (_, index) => bigProfile(index));
}
