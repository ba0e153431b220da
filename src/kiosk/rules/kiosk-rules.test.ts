// The rules as lintRequestBody reports them: paths, codes, doc links and fixes, across profiles,
// and Microsoft's own examples (domain notes §2.7, §3, §4.2) passing without errors.
import { describe, expect, it } from 'vitest';
import type { Design, Finding, Profile } from '..';
import { FINDING_CODES, RULE_CODES, RULE_DOC_URLS, applyFix, lintDesign, lintRequestBody, toGraphBody } from '..';

const P0 = '/assignedAccessMultiModeProfiles/0';
const P1 = '/assignedAccessMultiModeProfiles/1';
const EDGE = '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe';
const EDGE_PROXY = '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge_proxy.exe';
const EDGE_STABLE = 'Microsoft.MicrosoftEdge.Stable_8wekyb3d8bbwe!App';

let n = 0;
function profile(overrides: Partial<Profile> = {}): Profile {
  n += 1;
  return {
    id: `9a2a490f-10f6-4764-974a-${String(n).padStart(12, '0')}`,
    profileName: `Front desk ${n}`,
    showTaskBar: true,
    appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App'],
    desktopAppPaths: [],
    userAccounts: [`AzureAD\\kiosk${n}@contoso.onmicrosoft.com`],
    startMenuLayoutXml: '',
    ...overrides,
  };
}

// Other checks (e.g. the Start layout rules) also report on these profiles; look at ours and the
// list checks beside them only.
const OURS = new Set<string>([...Object.values(RULE_CODES), 'list.entry.duplicate', 'list.entry.empty', 'profile.type']);
const summary = (findings: Finding[]) => findings.filter((f) => OURS.has(f.code)).map(({ code, severity, path }) => ({ code, severity, path }));
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

describe('kiosk rules through lintDesign', () => {
  it('reports entry findings at the entry, with a doc link and the profile in the message', () => {
    const findings = lintDesign([profile({ profileName: 'Lobby', appUserModelIds: [EDGE], desktopAppPaths: [EDGE_PROXY, EDGE_STABLE] })]);
    const move = findings.find((f) => f.code === RULE_CODES.aumidPath);
    expect(move).toMatchObject({ path: `${P0}/appUserModelIds/0`, severity: 'error', docUrl: RULE_DOC_URLS['aumid.path'] });
    expect(move?.message).toMatch(/^Profile 1 \("Lobby"\): /);
    expect(move?.fix).toEqual({ kind: 'move', label: 'Move to desktop app paths', from: `${P0}/appUserModelIds/0`, entry: EDGE, toList: 'desktopAppPaths', value: EDGE });
    expect(findings.find((f) => f.code === RULE_CODES.pathAumid)?.path).toBe(`${P0}/desktopAppPaths/1`);
  });

  it('a one-click move leaves a profile without errors', () => {
    const before = profile({ appUserModelIds: [EDGE, EDGE_STABLE], desktopAppPaths: [EDGE_PROXY] });
    const fix = lintDesign([before]).find((f) => f.fix?.kind === 'move')?.fix;
    expect(fix).toBeDefined();
    const changed = fix ? applyFix(before, fix) : null;
    const after: Profile = { ...before, ...changed };
    expect(after.desktopAppPaths).toEqual([EDGE_PROXY, EDGE]);
    expect(summary(lintDesign([after]))).toEqual([]);
  });

  it('companion.missing: one warning per missing companion, on the entry, with an add fix', () => {
    const findings = lintDesign([profile({ desktopAppPaths: [EDGE] })]).filter((f) => OURS.has(f.code));
    expect(summary(findings)).toEqual([
      { code: 'companion.missing', severity: 'warning', path: `${P0}/desktopAppPaths/0` },
      { code: 'companion.missing', severity: 'warning', path: `${P0}/desktopAppPaths/0` },
    ]);
    expect(findings.map((f) => f.fix)).toEqual([
      { kind: 'add', label: 'Add msedge_proxy.exe', list: 'desktopAppPaths', value: EDGE_PROXY },
      { kind: 'add', label: `Add ${EDGE_STABLE}`, list: 'appUserModelIds', value: EDGE_STABLE },
    ]);
  });

  it('profile.noApps: a profile with no allowed app is an error at the AUMID list', () => {
    const findings = lintDesign([profile({ appUserModelIds: [], desktopAppPaths: ['  '] })]);
    expect(summary(findings)).toEqual([{ code: 'profile.noApps', severity: 'error', path: `${P0}/appUserModelIds` }]);
    expect(summary(lintDesign([profile({ appUserModelIds: [], desktopAppPaths: ['%windir%\\System32\\osk.exe'] })]))).toEqual([]);
  });

  it('account.none: no account warns at the account list', () => {
    expect(summary(lintDesign([profile({ userAccounts: [] })]))).toEqual([{ code: 'account.none', severity: 'warning', path: `${P0}/userAccounts` }]);
  });

  it('account.otherProfile: the same account in two profiles is an error on the later one', () => {
    const findings = lintDesign([profile({ userAccounts: ['.\\kiosk'] }), profile({ userAccounts: ['CONTOSO\\clerk', 'KIOSK'] })]).filter((f) => OURS.has(f.code));
    expect(summary(findings)).toEqual([{ code: 'account.otherProfile', severity: 'error', path: `${P1}/userAccounts/1` }]);
    expect(findings[0]?.message).toContain('already assigned to Profile 1');
  });

  it('profile.name.duplicate: warns on the later profile; more than one profile is fine', () => {
    const findings = lintDesign([profile({ profileName: 'Lobby' }), profile({ profileName: ' lobby ' }), profile()]);
    expect(summary(findings)).toEqual([{ code: 'profile.name.duplicate', severity: 'warning', path: `${P1}/profileName` }]);
  });

  it('path.duplicate: the same path with other slashes is an error; exact repeats stay list.entry.duplicate', () => {
    const findings = lintDesign([profile({ desktopAppPaths: ['C:\\Windows\\System32\\osk.exe', 'c:/windows/system32/OSK.exe', 'C:\\WINDOWS\\System32\\osk.exe'] })]);
    expect(summary(findings).filter((f) => f.code !== 'path.forwardSlash')).toEqual([
      // The list's own checks report first, then the kiosk rules (lint.ts header).
      { code: 'list.entry.duplicate', severity: 'error', path: `${P0}/desktopAppPaths/2` },
      { code: 'path.duplicate', severity: 'error', path: `${P0}/desktopAppPaths/1` },
    ]);
  });

  it('uses body indexes, so a fix still finds its entry when the design has blank entries', () => {
    const design: Design = [profile({ userAccounts: ['', 'kiosk@contoso.com'] })];
    const [finding] = lintDesign(design).filter((f) => OURS.has(f.code));
    expect(finding).toMatchObject({ code: 'account.bareUpn', path: `${P0}/userAccounts/0` });
    const first = design[0];
    expect(first && finding?.fix ? applyFix(first, finding.fix) : null).toEqual({ userAccounts: ['', 'AzureAD\\kiosk@contoso.com'] });
  });

  it('skips entries that are not text and lists that are not lists (the shape checks report those)', () => {
    const body = toGraphBody([profile()]) as unknown as { assignedAccessMultiModeProfiles: Record<string, unknown>[] };
    const [graphProfile] = body.assignedAccessMultiModeProfiles;
    if (!graphProfile) throw new Error('no profile');
    graphProfile.userAccounts = [5, 'AzureAD\\ok@contoso.com'];
    graphProfile.desktopAppPaths = 'C:\\x.exe';
    expect(summary(lintRequestBody(body)).map((f) => f.code)).toEqual(['profile.type', 'profile.type']);
  });
});

describe('codes and docs', () => {
  it('every rule code is a finding code with a Microsoft doc', () => {
    for (const code of Object.values(RULE_CODES)) {
      expect(Object.values(FINDING_CODES)).toContain(code);
      expect(RULE_DOC_URLS[code]).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    }
  });
});

describe("Microsoft's examples lint without errors (domain notes §2.7, §3, §4.2)", () => {
  const LAYOUT_2_7 =
    '<LayoutModificationTemplate xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1" xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification"><LayoutOptions StartTileGroupCellWidth="6"/><DefaultLayoutOverride><StartLayoutCollection><defaultlayout:StartLayout GroupCellWidth="6"><start:Group Name="Kiosk"><start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App"/><start:DesktopApplicationTile Size="2x2" Column="2" Row="0" DesktopApplicationLinkPath="%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\Microsoft Edge.lnk"/></start:Group></defaultlayout:StartLayout></StartLayoutCollection></DefaultLayoutOverride></LayoutModificationTemplate>';
  const LAYOUT_3 = [
    '<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1">',
    '  <LayoutOptions StartTileGroupCellWidth="6"/>',
    '  <DefaultLayoutOverride><StartLayoutCollection><defaultlayout:StartLayout GroupCellWidth="6"><start:Group Name="Apps">',
    '    <start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App"/>',
    '    <start:DesktopApplicationTile Size="2x2" Column="2" Row="0" DesktopApplicationID="Microsoft.Windows.Explorer"/>',
    '  </start:Group></defaultlayout:StartLayout></StartLayoutCollection></DefaultLayoutOverride>',
    '</LayoutModificationTemplate>',
  ].join('\n');

  it('§2.7 "Front desk" profile, with the §2.7 and §3 layouts', () => {
    const frontDesk = profile({
      profileName: 'Front desk',
      appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App'],
      desktopAppPaths: [EDGE],
      userAccounts: ['AzureAD\\kiosk@contoso.onmicrosoft.com'],
      startMenuLayoutXml: LAYOUT_2_7,
    });
    const findings = lintDesign([frontDesk, { ...profile(), startMenuLayoutXml: LAYOUT_3 }]);
    expect(errors(findings)).toEqual([]);
    // Only the Edge companions are suggested.
    expect(new Set(summary(findings).map((f) => f.code))).toEqual(new Set(['companion.missing']));
  });

  it('every AUMID and desktop path of the §4.2 table, and the §2.6 account forms', () => {
    const findings = lintDesign([
      profile({
        appUserModelIds: [
          'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App',
          'Microsoft.Windows.Photos_8wekyb3d8bbwe!App',
          'windows.immersivecontrolpanel_cw5n1h2txyewy!microsoft.windows.immersivecontrolpanel',
          'Microsoft.BingWeather_8wekyb3d8bbwe!App',
          'Microsoft.ZuneVideo_8wekyb3d8bbwe!Microsoft.ZuneVideo',
          'Microsoft.ZuneMusic_8wekyb3d8bbwe!Microsoft.ZuneMusic',
          'Microsoft.WindowsAlarms_8wekyb3d8bbwe!App',
          'Microsoft.Windows.Explorer',
          'MSEdge',
          'Microsoft.MicrosoftEdge_8wekyb3d8bbwe!MicrosoftEdge',
          'Microsoft.WindowsNotepad_8wekyb3d8bbwe!App',
          'Microsoft.Paint_8wekyb3d8bbwe!App',
          'Microsoft.MSPaint_8wekyb3d8bbwe!Microsoft.MSPaint',
          'Microsoft.ScreenSketch_8wekyb3d8bbwe!App',
          'Microsoft.MicrosoftStickyNotes_8wekyb3d8bbwe!App',
          'Microsoft.WindowsCamera_8wekyb3d8bbwe!App',
          'Microsoft.WindowsTerminal_8wekyb3d8bbwe!App',
          'MSTeams_8wekyb3d8bbwe!MSTeams',
          'MicrosoftCorporationII.QuickAssist_8wekyb3d8bbwe!App',
          'Microsoft.Office.WINWORD.EXE.15',
        ],
        desktopAppPaths: [
          '%windir%\\explorer.exe',
          '%windir%\\System32\\cmd.exe',
          '%windir%\\System32\\WindowsPowerShell\\v1.0\\Powershell.exe',
          EDGE,
          EDGE_PROXY,
          '%windir%\\System32\\notepad.exe',
          '%windir%\\system32\\mspaint.exe',
          'C:\\Windows\\System32\\osk.exe',
          'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE',
          'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE',
          'C:\\Program Files\\Microsoft Office\\root\\Office16\\POWERPNT.EXE',
          'C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE',
        ],
        userAccounts: ['kiosk', '.\\kiosk2', 'KIOSK-PC01\\kiosk3', 'contoso\\user', 'AzureAD\\user@contoso.onmicrosoft.com'],
      }),
    ]);
    expect(errors(findings)).toEqual([]);
    // The retired Edge and the missing packaged Edge id are the only warnings.
    expect(summary(findings).map((f) => f.code).sort()).toEqual(['aumid.legacyEdge', 'companion.missing']);
  });
});
