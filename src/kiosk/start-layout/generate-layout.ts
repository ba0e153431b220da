// Builds a Windows 10 Start layout from the apps a profile allows: one group, a start:Tile per
// AUMID and a start:DesktopApplicationTile per desktop program, packed into the group without
// overlaps, in the namespaces and element shape of Microsoft's Assigned Access sample.
// https://learn.microsoft.com/windows/configuration/start/layout-xml-desktop
import type { AllowedApps, DesktopPin } from './app-names';
import { baseNameOf, friendlyAumidName, friendlyDesktopName, isHelperProgram, suggestDesktopPin } from './app-names';
import type { TileSize } from './layout-model';
import { DEFAULT_GROUP_CELL_WIDTH, LAYOUT_NAMESPACES, tileCells } from './layout-model';

export type GeneratorTarget = { kind: 'aumid'; aumid: string } | { kind: 'desktop'; path: string; pin: DesktopPin };

export interface GeneratorTile {
  /** A stable key for UI lists: the list entry the tile comes from. */
  key: string;
  /** Friendly name, for the dialog. */
  label: string;
  target: GeneratorTarget;
  size: TileSize;
  /** Whether to put it on Start (helpers such as msedge_proxy.exe start unchecked). */
  include: boolean;
}

export interface GenerateOptions {
  groupName: string;
  tiles: readonly GeneratorTile[];
}

export interface SkippedApp {
  value: string;
  reason: string;
}

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Whether `text` can be written in XML at all (no control characters, no lone surrogates). */
export function isXmlRepresentable(text: string): boolean {
  return !NOT_XML_CHAR.test(text);
}

/** Escapes an attribute value so that a parser reads back exactly `value`. */
function xmlAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case '\t':
        return '&#9;';
      case '\n':
        return '&#10;';
      default:
        return '&#13;';
    }
  });
}

/**
 * The tiles the generator proposes for a profile's allowed apps, in list order: AUMIDs first, then
 * desktop programs, all medium (2x2), with a suggested shortcut per program. Entries are trimmed;
 * empty ones, duplicates and values XML cannot hold are left out (see `skipped`).
 */
export function suggestGeneratorTiles(allowed: AllowedApps): { tiles: GeneratorTile[]; skipped: SkippedApp[] } {
  const tiles: GeneratorTile[] = [];
  const skipped: SkippedApp[] = [];
  const seen = new Set<string>();
  for (const raw of allowed.appUserModelIds) {
    const aumid = raw.trim();
    if (aumid === '' || seen.has(`a:${aumid}`)) continue;
    seen.add(`a:${aumid}`);
    if (!isXmlRepresentable(aumid)) {
      skipped.push({ value: aumid, reason: 'it contains characters that XML cannot hold' });
      continue;
    }
    tiles.push({ key: `a:${aumid}`, label: friendlyAumidName(aumid), target: { kind: 'aumid', aumid }, size: '2x2', include: true });
  }
  for (const raw of allowed.desktopAppPaths) {
    const path = raw.trim();
    const key = `d:${path.toLowerCase()}`;
    if (path === '' || seen.has(key)) continue;
    seen.add(key);
    if (!isXmlRepresentable(path)) {
      skipped.push({ value: path, reason: 'it contains characters that XML cannot hold' });
      continue;
    }
    if (baseNameOf(path).trim() === '') {
      skipped.push({ value: path, reason: 'it has no program name to pin' });
      continue;
    }
    const pin = suggestDesktopPin(path);
    tiles.push({ key, label: friendlyDesktopName(path), target: { kind: 'desktop', path, pin }, size: '2x2', include: !isHelperProgram(path) });
  }
  return { tiles, skipped };
}

/** First-fit packing into a group `width` cells wide: each tile goes to the first free spot, row by row. */
export function packTiles(sizes: readonly TileSize[], width = DEFAULT_GROUP_CELL_WIDTH): { row: number; column: number }[] {
  const taken = new Set<number>();
  const free = (row: number, column: number, w: number, h: number) => {
    for (let r = row; r < row + h; r++) for (let c = column; c < column + w; c++) if (taken.has(r * width + c)) return false;
    return true;
  };
  return sizes.map((size) => {
    const { width: w, height: h } = tileCells(size);
    for (let row = 0; ; row++) {
      for (let column = 0; column + w <= width; column++) {
        if (free(row, column, w, h)) {
          for (let r = row; r < row + h; r++) for (let c = column; c < column + w; c++) taken.add(r * width + c);
          return { row, column };
        }
      }
    }
  });
}

function targetText(target: GeneratorTarget): string {
  if (target.kind === 'aumid') return target.aumid;
  return target.pin.kind === 'id' ? target.pin.id : target.pin.path;
}

/** Removes characters XML cannot hold from free text such as the group name. */
function xmlSafe(text: string): string {
  return Array.from(text)
    .filter((c) => isXmlRepresentable(c))
    .join('');
}

/**
 * Generates the layout XML: LayoutOptions, DefaultLayoutOverride/StartLayoutCollection/
 * defaultlayout:StartLayout with one start:Group of the included tiles, indented two spaces with
 * no blank lines or comments (Windows' parser is strict). Tiles whose target XML cannot hold are
 * left out; use suggestGeneratorTiles to build the list.
 */
export function generateStartLayout({ groupName, tiles }: GenerateOptions): string {
  const included = tiles.filter((t) => t.include && isXmlRepresentable(targetText(t.target)));
  const width = DEFAULT_GROUP_CELL_WIDTH;
  const places = packTiles(
    included.map((t) => t.size),
    width,
  );
  const lines = [
    `<LayoutModificationTemplate xmlns="${LAYOUT_NAMESPACES.layoutModification}" xmlns:defaultlayout="${LAYOUT_NAMESPACES.fullDefaultLayout}" xmlns:start="${LAYOUT_NAMESPACES.startLayout}" Version="1">`,
    `  <LayoutOptions StartTileGroupCellWidth="${width}"/>`,
    '  <DefaultLayoutOverride>',
    '    <StartLayoutCollection>',
  ];
  if (included.length === 0) {
    lines.push(`      <defaultlayout:StartLayout GroupCellWidth="${width}"/>`);
  } else {
    lines.push(`      <defaultlayout:StartLayout GroupCellWidth="${width}">`);
    lines.push(`        <start:Group Name="${xmlAttribute(xmlSafe(groupName).trim())}">`);
    included.forEach((tile, i) => {
      const place = places[i] ?? { row: 0, column: 0 };
      const position = `Size="${tile.size}" Column="${place.column}" Row="${place.row}"`;
      const target = tile.target;
      if (target.kind === 'aumid') {
        lines.push(`          <start:Tile ${position} AppUserModelID="${xmlAttribute(target.aumid)}"/>`);
      } else if (target.pin.kind === 'id') {
        lines.push(`          <start:DesktopApplicationTile ${position} DesktopApplicationID="${xmlAttribute(target.pin.id)}"/>`);
      } else {
        lines.push(`          <start:DesktopApplicationTile ${position} DesktopApplicationLinkPath="${xmlAttribute(target.pin.path)}"/>`);
      }
    });
    lines.push('        </start:Group>');
    lines.push('      </defaultlayout:StartLayout>');
  }
  lines.push('    </StartLayoutCollection>', '  </DefaultLayoutOverride>', '</LayoutModificationTemplate>');
  return lines.join('\n');
}
