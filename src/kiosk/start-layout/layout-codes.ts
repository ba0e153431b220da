// Finding codes and the positioned finding shape of the Start layout rules. Codes are stable:
// UI and tests key on them; never rename one, add a new code instead. findings.ts re-exports them
// as part of FINDING_CODES.

/** Microsoft's reference for the Windows 10 Start layout XML this Graph property carries. */
export const LAYOUT_DOC = 'https://learn.microsoft.com/windows/configuration/start/layout-xml-desktop';
/** Assigned Access configuration reference (Start layout inside a kiosk profile, Windows 10 vs 11). */
export const ASSIGNED_ACCESS_DOC = 'https://learn.microsoft.com/windows/configuration/assigned-access/configuration-file';

/** Not well-formed XML; the same code as FINDING_CODES.layoutXmlMalformed, which predates this folder. */
export const LAYOUT_MALFORMED_CODE = 'layout.xml.malformed';

export const LAYOUT_FINDING_CODES = {
  /** A Start namespace written with https:// instead of http://. */
  layoutNamespaceHttps: 'layout.namespace.https',
  /** An element in the wrong namespace, or an unknown Start/2014 namespace. */
  layoutNamespace: 'layout.namespace',
  /** Wrong root, missing or misplaced DefaultLayoutOverride / StartLayoutCollection / StartLayout, unknown elements, missing attributes. */
  layoutStructure: 'layout.structure',
  layoutTileSize: 'layout.tile.size',
  /** Row/Column not a non-negative integer, or the tile sticks out of its group. */
  layoutTilePosition: 'layout.tile.position',
  layoutTileOverlap: 'layout.tile.overlap',
  /** A tile for an app the profile does not allow. */
  layoutTileNotAllowed: 'layout.tile.notAllowed',
  /** DesktopApplicationLinkPath that is not a .lnk (or .url) shortcut. */
  layoutLinkNotLnk: 'layout.link.notLnk',
  /** Windows 11 StartPins JSON or a StartPins element where only the Windows 10 layout goes. */
  layoutWin11StartPins: 'layout.win11StartPins',
  /** Blank lines between elements. */
  layoutWhitespace: 'layout.whitespace',
  layoutComment: 'layout.comment',
  /** The profile has no Start layout. */
  layoutMissing: 'layout.missing',
} as const;

export type LayoutFindingCode = typeof LAYOUT_MALFORMED_CODE | (typeof LAYOUT_FINDING_CODES)[keyof typeof LAYOUT_FINDING_CODES];

/** A Start layout finding with its place in the XML text. */
export interface LayoutFinding {
  severity: 'error' | 'warning';
  code: LayoutFindingCode;
  /** Starts with "Line N, column M:", says what is wrong and how to fix it. */
  message: string;
  /** 1-based line and column (in Unicode characters, line ends counted as XML does). */
  line: number;
  column: number;
  /** Source range in UTF-16 code units, for editors. */
  from: number;
  to: number;
}
