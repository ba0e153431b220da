// The Start layout XML editor: CodeMirror 6 with XML highlighting, line numbers, search, tag
// matching, completion from the layout schema (and the profile's own apps), and the core's layout
// rules as gutter markers. Only the lazily loaded studio imports it, so CodeMirror stays out of the
// main bundle.
// Keyboard: Tab is never bound, so it leaves the editor like any other field (no focus trap).
// The text is kept exactly, line ends included: the editor uses the text's own line separator.
import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { xml } from '@codemirror/lang-xml';
import { HighlightStyle, bracketMatching, foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, forceLinting, lintGutter, lintKeymap, linter } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Annotation, Compartment, EditorSelection, EditorState, type Text } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { tokens } from '@fluentui/react-components';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { LAYOUT_NAMESPACES, TILE_SIZES, lintStartLayoutXml, suggestDesktopPin, type AllowedApps } from '../kiosk';

export interface StartLayoutEditorHandle {
  /** Puts the cursor at a 1-based line and column (as findings give them) and focuses the editor. */
  goTo(line: number, column: number): void;
}

export interface StartLayoutEditorProps {
  /** Id of the editable element, so findings can take focus to it. */
  id: string;
  labelledBy: string;
  describedBy?: string;
  value: string;
  onChange: (xml: string) => void;
  allowed: AllowedApps;
  invalid: boolean;
  ref?: Ref<StartLayoutEditorHandle>;
}

/** Marks transactions that bring in a value from outside, so they are not echoed back. */
const external = Annotation.define<boolean>();

function separatorOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** CodeMirror position of a 1-based line and column (columns in Unicode characters). */
function positionOf(doc: Text, line: number, column: number): number {
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  let offset = 0;
  for (let c = 1; c < column && offset < at.length; c++) {
    const code = at.text.charCodeAt(offset);
    offset += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return at.from + Math.min(offset, at.length);
}

function diagnostics(view: EditorView, allowed: AllowedApps): Diagnostic[] {
  const doc = view.state.doc;
  return lintStartLayoutXml(view.state.sliceDoc(), allowed).map((finding) => {
    const from = positionOf(doc, finding.line, finding.column);
    return {
      from,
      to: Math.min(doc.length, from + Math.max(1, finding.to - finding.from)),
      severity: finding.severity,
      source: finding.code,
      message: finding.message,
    };
  });
}

/** Completion schema: the LayoutModificationTemplate elements, with the profile's apps as values. */
function schema(allowed: AllowedApps) {
  const position = [
    { name: 'Size', values: [...TILE_SIZES] },
    { name: 'Row', values: ['0'] },
    { name: 'Column', values: ['0'] },
  ];
  const aumids = allowed.appUserModelIds.map((a) => a.trim()).filter((a) => a !== '');
  const pins = allowed.desktopAppPaths.filter((p) => p.trim() !== '').map((p) => suggestDesktopPin(p.trim()));
  const tiles = ['start:Tile', 'start:DesktopApplicationTile', 'start:SecondaryTile', 'start:Folder'];
  return xml({
    elements: [
      {
        name: 'LayoutModificationTemplate',
        top: true,
        children: ['LayoutOptions', 'DefaultLayoutOverride', 'CustomTaskbarLayoutCollection'],
        attributes: [
          { name: 'xmlns', values: [LAYOUT_NAMESPACES.layoutModification] },
          { name: 'xmlns:defaultlayout', values: [LAYOUT_NAMESPACES.fullDefaultLayout] },
          { name: 'xmlns:start', values: [LAYOUT_NAMESPACES.startLayout] },
          { name: 'Version', values: ['1'] },
        ],
      },
      { name: 'LayoutOptions', attributes: [{ name: 'StartTileGroupCellWidth', values: ['6', '8'] }, { name: 'StartTileGroupsColumnCount', values: ['1', '2'] }, { name: 'FullScreenStart', values: ['true', 'false'] }] },
      { name: 'DefaultLayoutOverride', children: ['StartLayoutCollection'], attributes: [{ name: 'LayoutCustomizationRestrictionType', values: ['OnlySpecifiedGroups'] }] },
      { name: 'StartLayoutCollection', children: ['defaultlayout:StartLayout'] },
      { name: 'defaultlayout:StartLayout', children: ['start:Group'], attributes: [{ name: 'GroupCellWidth', values: ['6', '8'] }] },
      { name: 'start:Group', children: tiles, attributes: ['Name'] },
      { name: 'start:Tile', children: [], attributes: [...position, { name: 'AppUserModelID', values: aumids }] },
      {
        name: 'start:DesktopApplicationTile',
        children: [],
        attributes: [
          ...position,
          { name: 'DesktopApplicationLinkPath', values: pins.flatMap((p) => (p.kind === 'link' ? [p.path] : [])) },
          { name: 'DesktopApplicationID', values: pins.flatMap((p) => (p.kind === 'id' ? [p.id] : [])) },
        ],
      },
      { name: 'start:SecondaryTile', children: [], attributes: [...position, { name: 'AppUserModelID', values: aumids }, 'TileID', 'Arguments', 'DisplayName'] },
      { name: 'start:Folder', children: tiles.slice(0, 3), attributes: [...position, 'Name'] },
    ],
  });
}

// Fluent tokens are CSS variables set by FluentProvider, so one theme follows light, dark and high contrast.
const theme = EditorView.theme({
  '&': {
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    maxHeight: '28rem',
  },
  '&.cm-focused': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThin },
  '.cm-scroller': { fontFamily: tokens.fontFamilyMonospace, lineHeight: tokens.lineHeightBase300, overflow: 'auto' },
  '.cm-content': { caretColor: tokens.colorNeutralForeground1, minHeight: '10rem' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: tokens.colorNeutralForeground1 },
  '.cm-gutters': { backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground3, borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // A neutral tint, not a hover colour: in high contrast hover colours are the system highlight.
  '.cm-activeLine': { backgroundColor: tokens.colorNeutralBackground2 },
  '.cm-activeLineGutter': { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: tokens.colorBrandBackground2,
  },
  '.cm-matchingBracket, &.cm-focused .cm-matchingBracket': { backgroundColor: tokens.colorBrandBackground2Hover, outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}` },
  '.cm-nonmatchingBracket': { backgroundColor: tokens.colorStatusDangerBackground2 },
  '.cm-selectionMatch': { backgroundColor: tokens.colorPaletteYellowBackground2 },
  '.cm-searchMatch': { backgroundColor: tokens.colorPaletteYellowBackground2, outline: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}` },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  '.cm-panels': { backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase },
  '.cm-panels input, .cm-panels button': { fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1 },
  '.cm-tooltip': { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow8 },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  '.cm-diagnostic': { fontFamily: tokens.fontFamilyBase, maxWidth: '36rem' },
  '.cm-diagnostic-error': { borderLeftColor: tokens.colorPaletteRedBorder2 },
  '.cm-diagnostic-warning': { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  '.cm-foldPlaceholder': { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, border: 'none' },
});

const highlight = HighlightStyle.define([
  { tag: [tags.tagName, tags.angleBracket], color: tokens.colorBrandForeground1 },
  { tag: tags.attributeName, color: tokens.colorPaletteBerryForeground1 },
  { tag: tags.attributeValue, color: tokens.colorPaletteGreenForeground1 },
  { tag: [tags.comment, tags.processingInstruction, tags.documentMeta], color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  { tag: [tags.character, tags.string], color: tokens.colorPaletteDarkOrangeForeground1 },
  { tag: tags.invalid, color: tokens.colorPaletteRedForeground1 },
]);

export default function StartLayoutEditor({ id, labelledBy, describedBy, value, onChange, allowed, invalid, ref }: StartLayoutEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ onChange, allowed, value });
  const compartments = useRef({ separator: new Compartment(), language: new Compartment(), attributes: new Compartment() });
  useLayoutEffect(() => {
    latest.current = { onChange, allowed, value };
  });

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    const { separator, language, attributes } = compartments.current;
    const initial = latest.current;
    const editor = new EditorView({
      parent,
      state: EditorState.create({
        doc: initial.value,
        extensions: [
          separator.of(EditorState.lineSeparator.of(separatorOf(initial.value))),
          lineNumbers(),
          highlightActiveLineGutter(),
          foldGutter(),
          lintGutter(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          indentOnInput(),
          bracketMatching(),
          autocompletion(),
          highlightSelectionMatches(),
          search({ top: true }),
          language.of(schema(initial.allowed)),
          syntaxHighlighting(highlight),
          EditorView.lineWrapping,
          theme,
          // No indentWithTab: Tab and Shift+Tab move focus in and out like in any form field.
          keymap.of([...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap, ...lintKeymap]),
          linter((v) => diagnostics(v, latest.current.allowed), { delay: 150 }),
          attributes.of(EditorView.contentAttributes.of({})),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((t) => t.annotation(external))) latest.current.onChange(update.state.sliceDoc());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      view.current = null;
      editor.destroy();
    };
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    editor.dispatch({
      effects: compartments.current.attributes.reconfigure(
        EditorView.contentAttributes.of({
          id,
          // The editable content is the keyboard's way into the scrolling editor; saying so
          // explicitly lets assistive checks see that the scroll region is reachable by keyboard.
          tabindex: '0',
          'aria-labelledby': labelledBy,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          ...(invalid ? { 'aria-invalid': 'true' } : {}),
        }),
      ),
    });
  }, [id, labelledBy, describedBy, invalid]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.sliceDoc() === value) return;
    // Separator first, so the new text is split into lines by its own line ends.
    editor.dispatch({ effects: compartments.current.separator.reconfigure(EditorState.lineSeparator.of(separatorOf(value))) });
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value }, annotations: external.of(true) });
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    editor.dispatch({ effects: compartments.current.language.reconfigure(schema(allowed)) });
    forceLinting(editor);
  }, [allowed]);

  useImperativeHandle(ref, () => ({
    goTo(line, column) {
      const editor = view.current;
      if (!editor) return;
      const at = positionOf(editor.state.doc, line, column);
      editor.dispatch({ selection: EditorSelection.cursor(at), scrollIntoView: true });
      editor.focus();
    },
  }));

  return <div ref={host} />;
}
