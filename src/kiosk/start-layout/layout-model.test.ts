import { describe, expect, it } from 'vitest';
import { friendlyAumidName, friendlyDesktopName, friendlyTileName, suggestDesktopPin } from './app-names';
import { parseStartLayout } from './layout-model';
import { LineIndex, offsetOfLineColumn } from './layout-xml';

const LAYOUT = [
  '<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1">',
  '<DefaultLayoutOverride><StartLayoutCollection><defaultlayout:StartLayout GroupCellWidth="6">',
  '<start:Group Name="Front desk"><start:Tile Size="4x2" Column="2" Row="1" AppUserModelID="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App"/>',
  '<start:DesktopApplicationTile Size="bogus" Column="0" Row="0" DesktopApplicationLinkPath="%APPDATA%\\x\\Command Prompt.lnk"/></start:Group>',
  '<start:Group><start:Folder Name="Tools" Size="2x2" Column="0" Row="0"><start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="MSEdge"/></start:Folder></start:Group>',
  '</defaultlayout:StartLayout></StartLayoutCollection></DefaultLayoutOverride></LayoutModificationTemplate>',
].join('\n');

describe('parseStartLayout', () => {
  it('reads groups and tiles with their cells; invalid positions have no cells', () => {
    const parsed = parseStartLayout(LAYOUT);
    if (!parsed.ok) throw new Error(parsed.message);
    const [front, second] = parsed.model.groups;
    expect(front?.name).toBe('Front desk');
    expect(front?.tiles.map((t) => [t.kind, t.cells])).toEqual([
      ['tile', { row: 1, column: 2, width: 4, height: 2, size: '4x2' }],
      ['desktop', null],
    ]);
    expect(second?.tiles[0]?.kind).toBe('folder');
    expect(second?.tiles[0]?.tiles.map((t) => t.appUserModelId)).toEqual(['MSEdge']);
  });

  it('says where the XML breaks', () => {
    const parsed = parseStartLayout('<a>\n<b></a>');
    expect(parsed.ok).toBe(false);
  });
});

describe('names', () => {
  it('names AUMIDs, programs and tiles people recognise', () => {
    expect(friendlyAumidName('Microsoft.WindowsCalculator_8wekyb3d8bbwe!App')).toBe('Calculator');
    expect(friendlyAumidName('Contoso.LineOfBusinessApp_4m7ftz3nqx2kc!App')).toBe('Line Of Business App');
    expect(friendlyDesktopName('%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe')).toBe('Microsoft Edge');
    expect(friendlyDesktopName('C:\\Tools\\Scanner.exe')).toBe('Scanner');
    expect(friendlyTileName({ desktopApplicationId: 'Microsoft.Windows.Explorer' })).toBe('File Explorer');
    expect(friendlyTileName({ desktopApplicationId: 'https://intranet.contoso.com/home' })).toBe('intranet.contoso.com');
    expect(friendlyTileName({ desktopApplicationLinkPath: '%APPDATA%\\x\\Command Prompt.lnk' })).toBe('Command Prompt');
  });

  it('suggests the shortcut Microsoft samples use, or the DesktopApplicationID for Explorer', () => {
    expect(suggestDesktopPin('%windir%\\System32\\cmd.exe')).toEqual({ kind: 'link', path: '%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\System Tools\\Command Prompt.lnk' });
    expect(suggestDesktopPin('C:\\Windows\\explorer.exe')).toEqual({ kind: 'id', id: 'Microsoft.Windows.Explorer' });
    expect(suggestDesktopPin('C:\\Tools\\Scanner.exe')).toEqual({ kind: 'link', path: '%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\Scanner.lnk' });
  });
});

describe('LineIndex / offsetOfLineColumn', () => {
  it('count lines as XML does and columns in characters, and invert each other', () => {
    const text = 'a\r\nb😀c\rd\ne';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text.charCodeAt(offset - 1) === 0x0d && text[offset] === '\n') continue; // inside CR LF
      if (/[\uDC00-\uDFFF]/.test(text[offset] ?? '')) continue; // inside a surrogate pair
      const { line, column } = index.locate(offset);
      expect(offsetOfLineColumn(text, line, column)).toBe(offset);
    }
    expect(index.locate(text.indexOf('c'))).toEqual({ line: 2, column: 3 });
    expect(index.locate(text.indexOf('e'))).toEqual({ line: 4, column: 1 });
  });
});
