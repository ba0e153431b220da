// The Start layout model: a LayoutModificationTemplate read into groups of tiles with their cell
// positions, for the picture of the Start menu and for the tile rules. Lenient by design: it
// reads whatever tiles it can find where Windows looks for them and keeps raw attribute values,
// so the picture follows every edit and the rules can say exactly what is wrong.
// Layout format: https://learn.microsoft.com/windows/configuration/start/layout-xml-desktop
import type { XmlElement } from './layout-xml';
import { readXml } from './layout-xml';

/** The namespaces of a Windows 10 LayoutModificationTemplate (always http://, never https://). */
export const LAYOUT_NAMESPACES = {
  layoutModification: 'http://schemas.microsoft.com/Start/2014/LayoutModification',
  fullDefaultLayout: 'http://schemas.microsoft.com/Start/2014/FullDefaultLayout',
  startLayout: 'http://schemas.microsoft.com/Start/2014/StartLayout',
  taskbarLayout: 'http://schemas.microsoft.com/Start/2014/TaskbarLayout',
} as const;

/** Tile sizes as width x height in cells: small, medium, wide, large, and 2x4 from the XSD's st_TileSize. */
export const TILE_SIZES = ['1x1', '2x2', '4x2', '4x4', '2x4'] as const;
export type TileSize = (typeof TILE_SIZES)[number];

export const TILE_SIZE_NAMES: Record<TileSize, string> = {
  '1x1': 'small',
  '2x2': 'medium',
  '4x2': 'wide',
  '4x4': 'large',
  '2x4': 'tall',
};

export const DEFAULT_GROUP_CELL_WIDTH = 6;

export function isTileSize(value: string): value is TileSize {
  return (TILE_SIZES as readonly string[]).includes(value);
}

/** Width and height in cells of a valid size ("4x2" is 4 columns wide, 2 rows high). */
export function tileCells(size: TileSize): { width: number; height: number } {
  const [width, height] = size.split('x').map(Number);
  return { width: width ?? 1, height: height ?? 1 };
}

export type TileKind = 'tile' | 'desktop' | 'secondary' | 'folder';

export interface LayoutTile {
  kind: TileKind;
  element: XmlElement;
  /** Raw attribute values (undefined when absent). */
  size: string | undefined;
  row: string | undefined;
  column: string | undefined;
  /** Where the tile sits, when Size, Row and Column are all valid. */
  cells: { row: number; column: number; width: number; height: number; size: TileSize } | null;
  appUserModelId?: string;
  desktopApplicationId?: string;
  desktopApplicationLinkPath?: string;
  /** SecondaryTile DisplayName or Folder Name. */
  displayName?: string;
  /** Tiles inside a start:Folder. */
  tiles: LayoutTile[];
}

export interface LayoutGroup {
  name: string;
  element: XmlElement;
  width: number;
  tiles: LayoutTile[];
}

export interface StartLayoutModel {
  groupCellWidth: number;
  groups: LayoutGroup[];
}

const TILE_KINDS: Record<string, TileKind> = {
  Tile: 'tile',
  DesktopApplicationTile: 'desktop',
  SecondaryTile: 'secondary',
  Folder: 'folder',
};

const NON_NEGATIVE_INTEGER = /^\s*\d+\s*$/;

export function attributeValue(element: XmlElement, local: string): string | undefined {
  // Unprefixed attributes are in no namespace and keyed by their local name.
  return Object.hasOwn(element.attributes, local) ? element.attributes[local]?.value : undefined;
}

/** A non-negative integer attribute value, or null. Whitespace around it is collapsed by XSD integer types. */
export function nonNegativeInteger(value: string | undefined): number | null {
  if (value === undefined || !NON_NEGATIVE_INTEGER.test(value)) return null;
  const n = Number(value.trim());
  return Number.isSafeInteger(n) ? n : null;
}

function readTile(element: XmlElement, kind: TileKind): LayoutTile {
  const size = attributeValue(element, 'Size');
  const row = attributeValue(element, 'Row');
  const column = attributeValue(element, 'Column');
  const r = nonNegativeInteger(row);
  const c = nonNegativeInteger(column);
  const trimmedSize = size?.trim() ?? '';
  const cells = r !== null && c !== null && isTileSize(trimmedSize) ? { row: r, column: c, size: trimmedSize, ...tileCells(trimmedSize) } : null;
  const tile: LayoutTile = { kind, element, size, row, column, cells, tiles: [] };
  const aumid = attributeValue(element, 'AppUserModelID');
  if (aumid !== undefined) tile.appUserModelId = aumid;
  const id = attributeValue(element, 'DesktopApplicationID');
  if (id !== undefined) tile.desktopApplicationId = id;
  const link = attributeValue(element, 'DesktopApplicationLinkPath');
  if (link !== undefined) tile.desktopApplicationLinkPath = link;
  const display = kind === 'folder' ? attributeValue(element, 'Name') : attributeValue(element, 'DisplayName');
  if (display !== undefined) tile.displayName = display;
  if (kind === 'folder') {
    for (const child of element.children) {
      const childKind = TILE_KINDS[child.local];
      if (child.uri === LAYOUT_NAMESPACES.startLayout && childKind && childKind !== 'folder') tile.tiles.push(readTile(child, childKind));
    }
  }
  return tile;
}

function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

/**
 * Groups and tiles of a parsed layout. Looks for them where Windows does
 * (DefaultLayoutOverride/StartLayoutCollection/StartLayout/Group), matching by local name so a
 * namespace mistake still shows in the picture (the rules report the mistake).
 */
export function layoutModelOf(root: XmlElement): StartLayoutModel {
  const options = childrenNamed(root, 'LayoutOptions')[0];
  const optionsWidth = options ? nonNegativeInteger(attributeValue(options, 'StartTileGroupCellWidth')) : null;
  const groupCellWidth = optionsWidth && optionsWidth > 0 ? optionsWidth : DEFAULT_GROUP_CELL_WIDTH;
  const groups: LayoutGroup[] = [];
  for (const override of childrenNamed(root, 'DefaultLayoutOverride')) {
    for (const collection of childrenNamed(override, 'StartLayoutCollection')) {
      for (const layout of childrenNamed(collection, 'StartLayout')) {
        const declared = nonNegativeInteger(attributeValue(layout, 'GroupCellWidth'));
        const width = declared && declared > 0 ? declared : groupCellWidth;
        for (const group of childrenNamed(layout, 'Group')) {
          const tiles: LayoutTile[] = [];
          for (const child of group.children) {
            const kind = TILE_KINDS[child.local];
            if (kind) tiles.push(readTile(child, kind));
          }
          groups.push({ name: attributeValue(group, 'Name') ?? '', element: group, width, tiles });
        }
      }
    }
  }
  return { groupCellWidth, groups };
}

export type StartLayoutParse =
  | { ok: true; model: StartLayoutModel }
  | { ok: false; offset: number; message: string };

/** Reads layout XML text into the model for the Start menu picture. */
export function parseStartLayout(xml: string): StartLayoutParse {
  const read = readXml(xml);
  if (!read.ok) return read;
  return { ok: true, model: layoutModelOf(read.root) };
}
