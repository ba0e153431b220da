import { describe, expect, it } from 'vitest';
import { checkDesktopPath } from './path-rules';

const codes = (value: string) => checkDesktopPath(value).map((issue) => `${issue.severity}:${issue.code}`);

describe('checkDesktopPath — accepted values', () => {
  it.each([
    // Microsoft Learn samples (configuration-file, examples, quickstarts).
    '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe',
    '%windir%\\explorer.exe',
    '%windir%\\System32\\cmd.exe',
    '%windir%\\System32\\WindowsPowerShell\\v1.0\\Powershell.exe',
    'C:\\Windows\\system32\\cmd.exe',
    'C:\\Windows\\System32\\notepad.exe',
    // Community values (domain notes §4.2).
    'C:\\Windows\\System32\\osk.exe',
    'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE',
    '%SystemRoot%\\System32\\mspaint.exe',
    'D:\\Apps\\Contoso POS (x64)\\pos.exe',
  ])('%s', (value) => {
    expect(checkDesktopPath(value)).toEqual([]);
  });
});

describe('checkDesktopPath — mistakes', () => {
  it.each([
    ['notepad.exe', '%windir%\\System32\\notepad.exe'],
    ['Program Files\\Contoso\\app.exe', 'drive'],
    ['\\Windows\\System32\\osk.exe', 'drive'],
    ['C:Windows\\notepad.exe', 'C:\\Windows\\notepad.exe'],
    ['%ProgramFiles\\Contoso\\app.exe', 'not closed'],
  ])('path.relative: %s', (value, hint) => {
    const issues = checkDesktopPath(value);
    expect(issues.map((i) => i.code)).toEqual(['path.relative']);
    expect(issues[0]?.severity).toBe('error');
    expect(issues[0]?.message).toContain(hint);
  });

  it.each([['\\\\fileserver\\kiosk\\app.exe'], ['//fileserver/kiosk/app.exe'], ['%HOMESHARE%\\app.exe'], ['%LOGONSERVER%\\netlogon\\tool.exe']])(
    'path.network: %s',
    (value) => {
      expect(codes(value)).toEqual(['error:path.network']);
    },
  );

  it.each([['C:\\Apps\\a<b>.exe', '"<" and ">"'], ['C:\\Apps\\tool.exe "--kiosk"', '"""'], ['%windir%\\a:b.exe', '":"'], ['C:\\Apps\\x?.exe', '"?"']])(
    'path.invalidChars: %s',
    (value, named) => {
      const [issue] = checkDesktopPath(value);
      expect(issue).toMatchObject({ code: 'path.invalidChars', severity: 'error' });
      expect(issue?.message).toContain(named);
    },
  );

  it('path.forwardSlash: warns with a fix to backslashes', () => {
    const [issue, ...rest] = checkDesktopPath('C:/Program Files (x86)/Microsoft/Edge/Application/msedge.exe');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'path.forwardSlash', severity: 'warning' });
    expect(issue?.fix).toEqual({ kind: 'replace', label: 'Use backslashes', value: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe' });
  });

  it.each([
    ['%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\Microsoft Edge.lnk', 'shortcut'],
    ['C:\\Scripts\\start-kiosk.ps1', 'script'],
    ['C:\\Apps\\Contoso', 'program file'],
  ])('path.notExe: %s', (value, why) => {
    const [issue] = checkDesktopPath(value);
    expect(issue).toMatchObject({ code: 'path.notExe', severity: 'warning' });
    expect(issue?.message).toContain(why);
  });

  it('path.unknownVariable: a misspelt variable warns', () => {
    expect(codes('%ProgramFile%\\Contoso\\app.exe')).toEqual(['warning:path.unknownVariable']);
    expect(codes('%PROGRAMFILES(X86)%\\Contoso\\app.exe')).toEqual([]);
  });

  it.each([
    ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App'],
    ['Microsoft.KioskBrowser_8wekyb3d8bbwe'],
    ['Microsoft.Windows.Explorer'],
    ['MSEdge'],
    ['{7C5A40EF-A0FB-4BFC-874A-C0F2E0B9FA8E}\\HOBLink\\Configs\\sessiona.hlk'],
  ])('path.aumid: %s is an AUMID, offered to move to app user model IDs', (value) => {
    const issues = checkDesktopPath(value);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'path.aumid', severity: 'error' });
    expect(issues[0]?.fix).toEqual({ kind: 'move', label: 'Move to app user model IDs', toList: 'appUserModelIds', value });
  });

  it('reports several independent problems of one path', () => {
    expect(codes('%ProgramFile%/Contoso/app.bat')).toEqual(['warning:path.forwardSlash', 'warning:path.unknownVariable', 'warning:path.notExe']);
  });
});
