// Lint rules for the Windows 10 Start layout (LayoutModificationTemplate) that Graph carries in
// startMenuLayoutXml: what a device would silently ignore or reject, found before it is sent.
// Every finding has its line and column so the editor can mark it in the gutter.
// Reference: https://learn.microsoft.com/windows/configuration/start/layout-xml-desktop
// Kiosk use: https://learn.microsoft.com/windows/configuration/assigned-access/configuration-file
import type { AllowedApps } from './app-names';
import { AllowedAppIndex, friendlyTileName, suggestDesktopPin } from './app-names';
import type { LayoutFinding, LayoutFindingCode } from './layout-codes';
import { ASSIGNED_ACCESS_DOC, LAYOUT_DOC, LAYOUT_FINDING_CODES as CODES, LAYOUT_MALFORMED_CODE } from './layout-codes';
import type { LayoutTile } from './layout-model';
import { LAYOUT_NAMESPACES, TILE_SIZES, layoutModelOf, nonNegativeInteger } from './layout-model';
import type { XmlAttribute, XmlElement } from './layout-xml';
import { LineIndex, attributeRange, readXml } from './layout-xml';

/**
 * Elements allowed directly under LayoutModificationTemplate, in the order the schema requires
 * ("Required order" in the layout reference).
 */
const ROOT_CHILD_ORDER = [
  'LayoutOptions',
  'DefaultLayoutOverride',
  'RequiredStartGroupsCollection',
  'AppendDownloadOfficeTile',
  'AppendOfficeSuite',
  'AppendOfficeSuiteChoice',
  'TopMFUApps',
  'CustomTaskbarLayoutCollection',
  'InkWorkspaceTopApps',
  'StartLayoutCollection',
];

const TILE_ELEMENTS = new Set(['Tile', 'DesktopApplicationTile', 'SecondaryTile']);
const KNOWN_NAMESPACES: readonly string[] = Object.values(LAYOUT_NAMESPACES);
const START_NAMESPACE = /^https?:\/\/schemas\.microsoft\.com\/Start\//i;

/** The http form of a Start namespace written with https or odd letter case; other URIs unchanged. */
function canonicalNamespace(uri: string): string {
  if (!START_NAMESPACE.test(uri)) return uri;
  const http = uri.replace(/^https:/i, 'http:');
  return KNOWN_NAMESPACES.find((known) => known.toLowerCase() === http.toLowerCase()) ?? http;
}

function inNamespace(element: XmlElement, uri: string): boolean {
  return canonicalNamespace(element.uri) === uri;
}

const PREFIX_HINT: Record<string, string> = {
  [LAYOUT_NAMESPACES.layoutModification]: `no prefix, with xmlns="${LAYOUT_NAMESPACES.layoutModification}" on the root`,
  [LAYOUT_NAMESPACES.fullDefaultLayout]: `the defaultlayout: prefix, with xmlns:defaultlayout="${LAYOUT_NAMESPACES.fullDefaultLayout}" on the root`,
  [LAYOUT_NAMESPACES.startLayout]: `the start: prefix, with xmlns:start="${LAYOUT_NAMESPACES.startLayout}" on the root`,
};

const SKELETON =
  '<DefaultLayoutOverride><StartLayoutCollection><defaultlayout:StartLayout GroupCellWidth="6"><start:Group Name="…">tiles</start:Group></defaultlayout:StartLayout></StartLayoutCollection></DefaultLayoutOverride>';

class LayoutLinter {
  readonly findings: LayoutFinding[] = [];
  private readonly lines: LineIndex;

  constructor(private readonly xml: string) {
    this.lines = new LineIndex(xml);
  }

  add(severity: LayoutFinding['severity'], code: LayoutFindingCode, from: number, to: number, message: string): void {
    const { line, column } = this.lines.locate(from);
    this.findings.push({ severity, code, message: `Line ${line}, column ${column}: ${message}`, line, column, from, to: Math.max(from, to) });
  }

  lineAt(offset: number): number {
    return this.lines.locate(offset).line;
  }

  /** Range of an element's name, so the editor underlines "<start:Tile" and not the whole tag. */
  at(element: XmlElement): [number, number] {
    return [element.offset, element.offset + 1 + element.name.length];
  }

  onElement(severity: LayoutFinding['severity'], code: LayoutFindingCode, element: XmlElement, message: string): void {
    this.add(severity, code, ...this.at(element), message);
  }

  attributeAt(element: XmlElement, attribute: XmlAttribute): [number, number] {
    return attributeRange(this.xml, element, attribute.name);
  }

  onAttribute(severity: LayoutFinding['severity'], code: LayoutFindingCode, element: XmlElement, attribute: XmlAttribute, message: string): void {
    this.add(severity, code, ...this.attributeAt(element, attribute), message);
  }

  wrongNamespace(element: XmlElement, expected: string): void {
    this.onElement(
      'error',
      CODES.layoutNamespace,
      element,
      `<${element.name}> is in the namespace "${element.uri || '(none)'}", but Windows only reads ${element.local} in "${expected}". Write it with ${PREFIX_HINT[expected] ?? `xmlns="${expected}"`}. See ${LAYOUT_DOC}`,
    );
  }

  win11(element: XmlElement): void {
    this.onElement(
      'error',
      CODES.layoutWin11StartPins,
      element,
      `<${element.name}> is the Windows 11 StartPins setting, but Graph's startMenuLayoutXml only carries the Windows 10 LayoutModificationTemplate; Windows 11 pins go in the AssignedAccess configuration (custom OMA-URI). Remove it and describe the Windows 10 Start menu here, or use "Generate from apps". See ${ASSIGNED_ACCESS_DOC}`,
    );
  }
}

function attribute(element: XmlElement, local: string): XmlAttribute | undefined {
  // Unprefixed attributes are in no namespace and keyed by their local name.
  return Object.hasOwn(element.attributes, local) ? element.attributes[local] : undefined;
}

function looksLikeStartPinsJson(text: string): boolean {
  return /"pinnedList"\s*:/.test(text);
}

/** Checks every namespace declaration: https:// Start namespaces and unknown Start/2014 namespaces. */
function checkNamespaceDeclarations(linter: LayoutLinter, declaring: readonly XmlElement[]): void {
  for (const element of declaring) for (const a of Object.values(element.attributes)) {
    if (a.name !== 'xmlns' && a.prefix !== 'xmlns') continue;
    const uri = a.value.trim();
    if (!START_NAMESPACE.test(uri)) continue;
    const canonical = canonicalNamespace(uri);
    if (/^https:/i.test(uri)) {
      linter.onAttribute('error', CODES.layoutNamespaceHttps, element, a,
        `${a.name} is "${uri}" with https://. Windows only accepts the Start layout namespaces with http:// and rejects this layout (some Microsoft samples print https by mistake). Change it to "${canonical}". See ${LAYOUT_DOC}`,
      );
    } else if (!KNOWN_NAMESPACES.includes(uri)) {
      const hint = KNOWN_NAMESPACES.includes(canonical) ? ` Namespace names are case-sensitive: write "${canonical}".` : ` Use one of ${KNOWN_NAMESPACES.map((n) => `"${n}"`).join(', ')}.`;
      linter.onAttribute('error', CODES.layoutNamespace, element, a, `${a.name} is "${uri}", which is not a Start layout namespace Windows knows.${hint} See ${LAYOUT_DOC}`);
    }
  }
}

/** StartPins elements and StartPins JSON anywhere in the document. */
function checkWindows11(linter: LayoutLinter, element: XmlElement): void {
  if (element.local === 'StartPins') {
    linter.win11(element);
    return;
  }
  if (looksLikeStartPinsJson(element.text)) linter.win11(element);
  for (const child of element.children) checkWindows11(linter, child);
}

function checkRoot(linter: LayoutLinter, root: XmlElement): XmlElement | null {
  if (root.local !== 'LayoutModificationTemplate') {
    const advice =
      root.local === 'AssignedAccessConfiguration'
        ? 'This is a whole Assigned Access configuration. Graph takes the profile settings as separate fields; paste only the <LayoutModificationTemplate> from inside its <StartLayout><![CDATA[ … ]]>.'
        : `Windows only applies a <LayoutModificationTemplate> root with ${SKELETON} inside.`;
    linter.onElement('error', CODES.layoutStructure, root, `The root element is <${root.name}>. ${advice} See ${LAYOUT_DOC}`);
    return null;
  }
  if (!inNamespace(root, LAYOUT_NAMESPACES.layoutModification)) linter.wrongNamespace(root, LAYOUT_NAMESPACES.layoutModification);
  if (attribute(root, 'Version') === undefined) {
    linter.onElement('warning', CODES.layoutStructure, root, `<LayoutModificationTemplate> has no Version attribute. Add Version="1" as in Microsoft's samples. See ${LAYOUT_DOC}`);
  }

  let lastOrder = -1;
  let lastName = '';
  let override: XmlElement | null = null;
  for (const child of root.children) {
    if (child.local === 'StartPins') continue;
    const order = ROOT_CHILD_ORDER.indexOf(child.local);
    if (order < 0) {
      linter.onElement(
        'error',
        CODES.layoutStructure,
        child,
        `<${child.name}> is not a Start layout element Windows knows. Allowed here, in this order: ${ROOT_CHILD_ORDER.join(', ')}. See ${LAYOUT_DOC}`,
      );
      continue;
    }
    if (!inNamespace(child, LAYOUT_NAMESPACES.layoutModification)) linter.wrongNamespace(child, LAYOUT_NAMESPACES.layoutModification);
    if (order < lastOrder) {
      linter.onElement('error', CODES.layoutStructure, child, `<${child.local}> must come before <${lastName}>: the order of these elements is fixed and Windows rejects others. Move it up. See ${LAYOUT_DOC}`);
    } else if (order === lastOrder) {
      linter.onElement('error', CODES.layoutStructure, child, `There is a second <${child.local}>; Windows expects one. Merge them into one. See ${LAYOUT_DOC}`);
    } else {
      lastOrder = order;
      lastName = child.local;
    }
    if (child.local === 'DefaultLayoutOverride' && override === null) override = child;
  }
  if (override === null) {
    const append = root.children.some((c) => c.local === 'RequiredStartGroupsCollection');
    linter.onElement(
      'error',
      CODES.layoutStructure,
      root,
      append
        ? `The layout only has RequiredStartGroups (groups appended when a Windows image is built), which a kiosk profile does not apply. Describe the Start menu with ${SKELETON}. See ${LAYOUT_DOC}`
        : `The layout has no <DefaultLayoutOverride>, so a kiosk gets no Start tiles. Add ${SKELETON}. See ${LAYOUT_DOC}`,
    );
    return null;
  }
  return override;
}

/** DefaultLayoutOverride → StartLayoutCollection → defaultlayout:StartLayout; returns the StartLayout elements. */
function checkOverride(linter: LayoutLinter, override: XmlElement): XmlElement[] {
  const restriction = attribute(override, 'LayoutCustomizationRestrictionType');
  if (restriction && restriction.value.trim() !== 'OnlySpecifiedGroups') {
    linter.onAttribute('error', CODES.layoutStructure, override, restriction,
      `LayoutCustomizationRestrictionType is "${restriction.value}"; the only value is "OnlySpecifiedGroups" (partial lockdown). Fix it or remove the attribute. See ${LAYOUT_DOC}`,
    );
  }
  const collections: XmlElement[] = [];
  for (const child of override.children) {
    if (child.local === 'StartLayoutCollection') {
      if (!inNamespace(child, LAYOUT_NAMESPACES.layoutModification)) linter.wrongNamespace(child, LAYOUT_NAMESPACES.layoutModification);
      if (collections.length > 0) linter.onElement('error', CODES.layoutStructure, child, `There is a second <StartLayoutCollection> in <DefaultLayoutOverride>; Windows expects one. Merge them. See ${LAYOUT_DOC}`);
      collections.push(child);
    } else if (child.local !== 'StartPins') {
      linter.onElement('error', CODES.layoutStructure, child, `<${child.name}> does not belong in <DefaultLayoutOverride>, which holds one <StartLayoutCollection>. Move or remove it. See ${LAYOUT_DOC}`);
    }
  }
  if (collections.length === 0) {
    linter.onElement('error', CODES.layoutStructure, override, `<DefaultLayoutOverride> has no <StartLayoutCollection>, so there are no tiles. Put ${SKELETON.slice('<DefaultLayoutOverride>'.length, -'</DefaultLayoutOverride>'.length)} inside it. See ${LAYOUT_DOC}`);
    return [];
  }
  const layouts: XmlElement[] = [];
  for (const collection of collections) {
    let found = false;
    for (const child of collection.children) {
      if (child.local === 'StartLayout') {
        found = true;
        if (!inNamespace(child, LAYOUT_NAMESPACES.fullDefaultLayout)) linter.wrongNamespace(child, LAYOUT_NAMESPACES.fullDefaultLayout);
        layouts.push(child);
      } else if (child.local !== 'StartPins') {
        linter.onElement('error', CODES.layoutStructure, child, `<${child.name}> does not belong in <StartLayoutCollection>, which holds <defaultlayout:StartLayout>. Move or remove it. See ${LAYOUT_DOC}`);
      }
    }
    if (!found) {
      linter.onElement('error', CODES.layoutStructure, collection, `<StartLayoutCollection> has no <defaultlayout:StartLayout>, so there are no tiles. Add <defaultlayout:StartLayout GroupCellWidth="6"> with your groups. See ${LAYOUT_DOC}`);
    }
  }
  return layouts;
}

function checkStartLayout(linter: LayoutLinter, layout: XmlElement): void {
  const width = attribute(layout, 'GroupCellWidth');
  if (width) {
    const n = nonNegativeInteger(width.value);
    if (n === null || n === 0) {
      linter.onAttribute('error', CODES.layoutStructure, layout, width, `GroupCellWidth is "${width.value}" but must be a whole number of cells above 0; Microsoft's layouts use 6. See ${LAYOUT_DOC}`);
    }
  }
  for (const child of layout.children) {
    if (child.local === 'Group') {
      if (!inNamespace(child, LAYOUT_NAMESPACES.startLayout)) linter.wrongNamespace(child, LAYOUT_NAMESPACES.startLayout);
      for (const tile of child.children) {
        if (tile.local === 'Folder' || TILE_ELEMENTS.has(tile.local)) {
          if (!inNamespace(tile, LAYOUT_NAMESPACES.startLayout)) linter.wrongNamespace(tile, LAYOUT_NAMESPACES.startLayout);
        } else if (tile.local !== 'StartPins') {
          linter.onElement(
            'error',
            CODES.layoutStructure,
            tile,
            `<${tile.name}> does not belong in a group. A group holds start:Tile, start:DesktopApplicationTile, start:SecondaryTile and start:Folder. See ${LAYOUT_DOC}`,
          );
        }
      }
    } else if (child.local !== 'StartPins') {
      linter.onElement('error', CODES.layoutStructure, child, `<${child.name}> does not belong in <defaultlayout:StartLayout>, which holds <start:Group> elements. Move or remove it. See ${LAYOUT_DOC}`);
    }
  }
}

function tileLabel(tile: LayoutTile): string {
  return `The ${tile.kind === 'folder' ? 'folder' : 'tile'} for ${friendlyTileName(tile)}`;
}

function checkTileApp(linter: LayoutLinter, tile: LayoutTile, allowed: AllowedAppIndex | null): void {
  const element = tile.element;
  // Named lazily: most tiles get no finding, and naming one costs more than checking it.
  const label = () => tileLabel(tile);
  if (tile.kind === 'tile' || tile.kind === 'secondary') {
    if (tile.appUserModelId === undefined || tile.appUserModelId.trim() === '') {
      linter.onElement('error', CODES.layoutStructure, element, `<${element.name}> has no AppUserModelID, so Windows does not know which app to pin. Add AppUserModelID="…" with the app's AUMID (case-sensitive). See ${LAYOUT_DOC}`);
      return;
    }
    const reason = allowed?.checkAumid(tile.appUserModelId);
    if (reason) {
      linter.onElement('warning', CODES.layoutTileNotAllowed, element, `${label()} points at an app the profile does not allow: ${reason}. The kiosk user cannot start it. Add the app to the profile's apps or remove the tile. See ${ASSIGNED_ACCESS_DOC}`);
    }
    return;
  }
  if (tile.kind !== 'desktop') return;
  const link = attribute(element, 'DesktopApplicationLinkPath');
  const id = attribute(element, 'DesktopApplicationID');
  if (!link && !id) {
    linter.onElement(
      'error',
      CODES.layoutStructure,
      element,
      `<start:DesktopApplicationTile> needs DesktopApplicationLinkPath (a .lnk under Start Menu\\Programs) or DesktopApplicationID (such as Microsoft.Windows.Explorer). Add one. See ${LAYOUT_DOC}`,
    );
    return;
  }
  if (link && id) {
    linter.onElement('error', CODES.layoutStructure, element, `<start:DesktopApplicationTile> has both DesktopApplicationLinkPath and DesktopApplicationID; Windows expects one. Keep one of them. See ${LAYOUT_DOC}`);
  }
  if (link) {
    const path = link.value.trim();
    if (!/\.(lnk|url)$/i.test(path)) {
      const pin = suggestDesktopPin(path);
      const suggestion = pin.kind === 'id' ? `DesktopApplicationID="${pin.id}"` : `DesktopApplicationLinkPath="${pin.path}"`;
      const what = /\.exe$/i.test(path) ? 'a program (.exe)' : 'not a shortcut';
      linter.onAttribute('error', CODES.layoutLinkNotLnk, element, link,
        `DesktopApplicationLinkPath is "${path}", ${what}. Windows pins desktop apps through a shortcut (.lnk) in a Start Menu\\Programs folder, so this tile stays empty. Use the app's shortcut, for example ${suggestion}. See ${LAYOUT_DOC}`,
      );
      return;
    }
    const reason = allowed?.checkLinkPath(path);
    if (reason) {
      linter.onAttribute('warning', CODES.layoutTileNotAllowed, element, link, `${label()} points at an app the profile does not allow: ${reason}. The kiosk user cannot start it. Add the program to the desktop app paths or remove the tile. See ${ASSIGNED_ACCESS_DOC}`);
    }
    return;
  }
  if (id) {
    const reason = allowed?.checkDesktopId(id.value);
    if (reason) {
      linter.onAttribute('warning', CODES.layoutTileNotAllowed, element, id, `${label()} points at an app the profile does not allow: ${reason}. The kiosk user cannot start it. Allow the app or remove the tile. See ${ASSIGNED_ACCESS_DOC}`);
    }
  }
}

function checkTilePlacement(linter: LayoutLinter, tile: LayoutTile, groupWidth: number, taken: Map<number, LayoutTile>): void {
  const element = tile.element;
  // Named lazily: most tiles get no finding, and naming one costs more than checking it.
  const label = () => tileLabel(tile);
  const sizeAttribute = attribute(element, 'Size');
  if (!sizeAttribute) {
    linter.onElement('error', CODES.layoutTileSize, element, `${label()} has no Size. Add Size="2x2" (or 1x1 small, 4x2 wide, 4x4 large). See ${LAYOUT_DOC}`);
  } else if (!(TILE_SIZES as readonly string[]).includes(sizeAttribute.value.trim())) {
    linter.onAttribute('error', CODES.layoutTileSize, element, sizeAttribute,
      `${label()} has Size="${sizeAttribute.value}", which Windows does not know. Use 1x1 (small), 2x2 (medium), 4x2 (wide) or 4x4 (large); the schema also allows 2x4. See ${LAYOUT_DOC}`,
    );
  }
  for (const name of ['Row', 'Column'] as const) {
    const a = attribute(element, name);
    if (!a) {
      linter.onElement('error', CODES.layoutTilePosition, element, `${label()} has no ${name}. Add ${name}="0" (counted in cells from the group's top-left corner). See ${LAYOUT_DOC}`);
    } else if (nonNegativeInteger(a.value) === null) {
      linter.onAttribute('error', CODES.layoutTilePosition, element, a, `${label()} has ${name}="${a.value}", but ${name} must be a whole number 0 or more (cells from the group's top-left corner). See ${LAYOUT_DOC}`);
    }
  }
  const cells = tile.cells;
  if (!cells) return;
  if (cells.column + cells.width > groupWidth) {
    const column = attribute(element, 'Column');
    const [from, to] = column ? linter.attributeAt(element, column) : linter.at(element);
    linter.add(
      'error',
      CODES.layoutTilePosition,
      from,
      to,
      `${label()} is ${cells.width} cells wide at column ${cells.column}, so it sticks out of its group, which is ${groupWidth} cells wide. Use Column="${Math.max(0, groupWidth - cells.width)}" or less, or a smaller Size. See ${LAYOUT_DOC}`,
    );
    return;
  }
  let clash: LayoutTile | undefined;
  const cellsOf: number[] = [];
  for (let r = cells.row; r < cells.row + cells.height; r++) {
    for (let c = cells.column; c < cells.column + cells.width; c++) {
      const key = r * groupWidth + c;
      clash ??= taken.get(key);
      cellsOf.push(key);
    }
  }
  if (clash) {
    const other = linter.at(clash.element)[0];
    const where = clash.cells ? `row ${clash.cells.row}, column ${clash.cells.column}` : 'the same cells';
    const line = linter.lineAt(other);
    linter.onElement(
      'error',
      CODES.layoutTileOverlap,
      element,
      `${label()} (${cells.size} at row ${cells.row}, column ${cells.column}) overlaps ${tileLabel(clash).replace(/^The/, 'the')} at ${where} (line ${line}). Windows does not support overlapping tiles; move one of them to free cells. See ${LAYOUT_DOC}`,
    );
    return;
  }
  for (const key of cellsOf) taken.set(key, tile);
}

/**
 * Lints Start layout XML for a profile that allows `allowed` (null: the allowed apps are not known,
 * skip that check). Empty or whitespace-only text gives no findings: a missing layout is reported
 * by the request body lint. Findings come in document order. Never throws.
 */
export function lintStartLayout(xml: string, allowed: AllowedApps | null): LayoutFinding[] {
  if (!/\S/.test(xml)) return [];
  const linter = new LayoutLinter(xml);
  const start = xml.search(/\S/);
  if (xml[start] === '{' || xml[start] === '[') {
    linter.add(
      'error',
      CODES.layoutWin11StartPins,
      start,
      start + 1,
      `This is JSON${looksLikeStartPinsJson(xml) ? ' (Windows 11 StartPins)' : ''}, but Graph's startMenuLayoutXml only carries the Windows 10 LayoutModificationTemplate XML; Windows 11 Start pins go in the AssignedAccess configuration (custom OMA-URI). Replace it with a LayoutModificationTemplate, for example with "Generate from apps". See ${ASSIGNED_ACCESS_DOC}`,
    );
    return linter.findings;
  }
  const read = readXml(xml);
  if (!read.ok) {
    linter.add('error', LAYOUT_MALFORMED_CODE, read.offset, read.offset + 1, `The Start layout XML is not well formed: ${read.message}. Fix it here, or remove the layout.`);
    return linter.findings;
  }
  const { root } = read;
  checkNamespaceDeclarations(linter, read.declaring);
  checkWindows11(linter, root);
  for (const text of read.strayText) {
    if (looksLikeStartPinsJson(text.text)) continue;
    linter.add('error', CODES.layoutStructure, text.offset, text.end, `There is text ("${text.text.slice(0, 40)}") inside <${text.parent.name}>, where Windows expects only elements. Remove it. See ${LAYOUT_DOC}`);
  }
  for (const comment of read.comments) {
    linter.add('warning', CODES.layoutComment, comment.offset, comment.end, `Comments are not supported in a Start layout and can stop Windows from reading it. Remove the comment. See ${LAYOUT_DOC}`);
  }
  for (const blank of read.blankLines) {
    linter.add('warning', CODES.layoutWhitespace, blank.offset, blank.end, `Blank line between elements. Microsoft asks for no white lines between the elements of a Start layout; delete the empty line. See ${LAYOUT_DOC}`);
  }
  const override = checkRoot(linter, root);
  if (override) for (const layout of checkOverride(linter, override)) checkStartLayout(linter, layout);

  const model = layoutModelOf(root);
  const index = allowed ? new AllowedAppIndex(allowed) : null;
  for (const group of model.groups) {
    const taken = new Map<number, LayoutTile>();
    for (const tile of group.tiles) {
      checkTilePlacement(linter, tile, group.width, taken);
      if (tile.kind === 'folder') for (const inner of tile.tiles) checkTileApp(linter, inner, index);
      else checkTileApp(linter, tile, index);
    }
  }
  linter.findings.sort((a, b) => a.from - b.from);
  return linter.findings;
}
