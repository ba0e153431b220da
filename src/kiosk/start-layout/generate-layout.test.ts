import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AllowedApps } from './app-names';
import { generateStartLayout, packTiles, suggestGeneratorTiles } from './generate-layout';
import type { TileSize } from './layout-model';
import { TILE_SIZES, parseStartLayout, tileCells } from './layout-model';
import { lintStartLayout } from './layout-rules';

const CALC = 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App';
const EDGE = '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe';

function generate(allowed: AllowedApps, groupName = 'Apps'): string {
  return generateStartLayout({ groupName, tiles: suggestGeneratorTiles(allowed).tiles });
}

describe('suggestGeneratorTiles', () => {
  it('proposes a tile per AUMID and per desktop app, with known shortcuts and ids', () => {
    const { tiles, skipped } = suggestGeneratorTiles({
      appUserModelIds: [CALC, ` ${CALC} `, ''],
      desktopAppPaths: [EDGE, '%windir%\\explorer.exe', '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge_proxy.exe', 'C:\\Tools\\Contoso Scanner.exe'],
    });
    expect(skipped).toEqual([]);
    expect(tiles.map((t) => [t.label, t.target.kind === 'desktop' ? t.target.pin : t.target.aumid, t.include])).toEqual([
      ['Calculator', CALC, true],
      ['Microsoft Edge', { kind: 'link', path: '%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\Microsoft Edge.lnk' }, true],
      ['File Explorer', { kind: 'id', id: 'Microsoft.Windows.Explorer' }, true],
      ['Microsoft Edge web apps', { kind: 'link', path: '%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\Microsoft Edge web apps.lnk' }, false],
      ['Contoso Scanner', { kind: 'link', path: '%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\Contoso Scanner.lnk' }, true],
    ]);
  });

  it('leaves out what XML cannot hold, saying why', () => {
    const { tiles, skipped } = suggestGeneratorTiles({ appUserModelIds: ['bad\u0001id'], desktopAppPaths: ['\\'] });
    expect(tiles).toEqual([]);
    expect(skipped.map((s) => s.value)).toEqual(['bad\u0001id', '\\']);
  });
});

describe('generateStartLayout', () => {
  it('writes the Assigned Access shape: namespaces, LayoutOptions, override, one group', () => {
    expect(generate({ appUserModelIds: [CALC], desktopAppPaths: ['%windir%\\explorer.exe', EDGE] }, 'Front desk & co')).toBe(
      [
        '<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1">',
        '  <LayoutOptions StartTileGroupCellWidth="6"/>',
        '  <DefaultLayoutOverride>',
        '    <StartLayoutCollection>',
        '      <defaultlayout:StartLayout GroupCellWidth="6">',
        '        <start:Group Name="Front desk &amp; co">',
        `          <start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="${CALC}"/>`,
        '          <start:DesktopApplicationTile Size="2x2" Column="2" Row="0" DesktopApplicationID="Microsoft.Windows.Explorer"/>',
        '          <start:DesktopApplicationTile Size="2x2" Column="4" Row="0" DesktopApplicationLinkPath="%ALLUSERSPROFILE%\\Microsoft\\Windows\\Start Menu\\Programs\\Microsoft Edge.lnk"/>',
        '        </start:Group>',
        '      </defaultlayout:StartLayout>',
        '    </StartLayoutCollection>',
        '  </DefaultLayoutOverride>',
        '</LayoutModificationTemplate>',
      ].join('\n'),
    );
  });

  it('uses the size chosen per tile and packs without overlaps', () => {
    const { tiles } = suggestGeneratorTiles({ appUserModelIds: ['A_1234567890abc!App', 'B_1234567890abc!App', 'C_1234567890abc!App'], desktopAppPaths: [] });
    const sizes: TileSize[] = ['4x4', '1x1', '4x2'];
    const sized = tiles.map((t, i) => ({ ...t, size: sizes[i] ?? t.size }));
    const xml = generateStartLayout({ groupName: 'G', tiles: sized });
    const parsed = parseStartLayout(xml);
    expect(parsed.ok && parsed.model.groups[0]?.tiles.map((t) => t.cells && [t.cells.size, t.cells.row, t.cells.column])).toEqual([
      ['4x4', 0, 0],
      ['1x1', 0, 4],
      ['4x2', 4, 0],
    ]);
  });

  it('leaves out unchecked tiles and writes an empty StartLayout when nothing is left', () => {
    const { tiles } = suggestGeneratorTiles({ appUserModelIds: [CALC], desktopAppPaths: [] });
    const xml = generateStartLayout({ groupName: 'G', tiles: tiles.map((t) => ({ ...t, include: false })) });
    expect(xml).toContain('<defaultlayout:StartLayout GroupCellWidth="6"/>');
    expect(lintStartLayout(xml, { appUserModelIds: [CALC], desktopAppPaths: [] })).toEqual([]);
  });

  it('always lints clean for the apps it was generated from, whatever the apps (property)', () => {
    const realistic = fc.constantFrom(CALC, 'MSEdge', 'Microsoft.Windows.Explorer', 'windows.immersivecontrolpanel_cw5n1h2txyewy!microsoft.windows.immersivecontrolpanel');
    const realisticPath = fc.constantFrom(EDGE, '%windir%\\explorer.exe', '%windir%\\System32\\cmd.exe', 'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE', '%windir%\\System32\\osk.exe');
    const anyText = fc.string({ unit: 'binary', maxLength: 30 });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(realistic, anyText), { maxLength: 12 }),
        fc.array(fc.oneof(realisticPath, anyText), { maxLength: 12 }),
        fc.array(fc.constantFrom(...TILE_SIZES), { minLength: 24, maxLength: 24 }),
        anyText,
        (appUserModelIds, desktopAppPaths, sizes, groupName) => {
          const allowed = { appUserModelIds, desktopAppPaths };
          const { tiles } = suggestGeneratorTiles(allowed);
          const xml = generateStartLayout({ groupName, tiles: tiles.map((t, i) => ({ ...t, size: sizes[i % sizes.length] ?? '2x2' })) });
          expect(lintStartLayout(xml, allowed)).toEqual([]);
          const parsed = parseStartLayout(xml);
          expect(parsed.ok ? parsed.model.groups.flatMap((g) => g.tiles).length : -1).toBe(tiles.filter((t) => t.include).length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('packTiles', () => {
  it('never overlaps and stays inside the group (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TILE_SIZES), { maxLength: 40 }), (sizes) => {
        const taken = new Set<string>();
        packTiles(sizes).forEach((place, i) => {
          const { width, height } = tileCells(sizes[i] ?? '1x1');
          expect(place.column + width).toBeLessThanOrEqual(6);
          for (let r = place.row; r < place.row + height; r++) {
            for (let c = place.column; c < place.column + width; c++) {
              expect(taken.has(`${r},${c}`)).toBe(false);
              taken.add(`${r},${c}`);
            }
          }
        });
      }),
    );
  });
});
