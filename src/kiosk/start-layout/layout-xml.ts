// Reads Start layout XML into a small element tree that remembers where everything is in the
// source (offsets, then 1-based line and column on demand), plus the things a plain DOM drops but
// the Windows Start layout parser cares about: comments, blank lines between elements, stray text.
// One saxes pass with namespaces; stops at the first well-formedness problem and never throws.
// Self-contained (saxes only) so this folder stays a leaf of the domain core.
import type { SaxesAttributeNS } from 'saxes';
import { SaxesParser } from 'saxes';

/** An attribute as saxes reads it: name as written, prefix, local name, namespace URI, decoded value. */
export type XmlAttribute = SaxesAttributeNS;

export interface XmlElement {
  /** Qualified name as written, e.g. "start:Tile". */
  name: string;
  prefix: string;
  local: string;
  /** Resolved namespace URI ('' when none). */
  uri: string;
  /** By qualified name as written ("Size", "xmlns:start"). Positions: attributeRange. */
  attributes: Record<string, XmlAttribute>;
  children: XmlElement[];
  /** Concatenated non-whitespace character data directly inside this element (text and CDATA). */
  text: string;
  /** Source offset of the '<' that opens the element. */
  offset: number;
  /** Source offset just after the '>' that ends the start tag. */
  tagEnd: number;
}

export interface SourceMarker {
  offset: number;
  end: number;
}

export type XmlReadResult =
  | {
      ok: true;
      root: XmlElement;
      /** Elements that declare namespaces (xmlns or xmlns:prefix attributes), in document order. */
      declaring: XmlElement[];
      comments: SourceMarker[];
      /** Whitespace-only text between elements that contains an empty line; offset = start of the empty line. */
      blankLines: SourceMarker[];
      /** Non-whitespace text or CDATA directly inside an element. */
      strayText: (SourceMarker & { parent: XmlElement; text: string })[];
    }
  | { ok: false; offset: number; message: string };

/** Thrown out of a saxes handler to stop at the first problem; never escapes readXml. */
const STOP = new Error('readXml: stop at first problem');

/** Attributes of a start tag's source text, with their offsets; a single linear scan (no regex backtracking). */
function* attributeSources(source: string): Generator<{ name: string; index: number; length: number }> {
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  let i = source.indexOf(' ');
  if (i < 0) return;
  while (i < source.length) {
    while (i < source.length && (isSpace(source[i]) || source[i] === '/' || source[i] === '>')) i++;
    const start = i;
    while (i < source.length && !isSpace(source[i]) && source[i] !== '=' && source[i] !== '/' && source[i] !== '>') i++;
    const name = source.slice(start, i);
    while (isSpace(source[i])) i++;
    if (name === '' || source[i] !== '=') {
      if (i === start) i++;
      continue;
    }
    i++;
    while (isSpace(source[i])) i++;
    const quote = source[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = source.indexOf(quote, i + 1);
    if (close < 0) return;
    i = close + 1;
    yield { name, index: start, length: i - start };
  }
}

/**
 * Source range of an attribute (name to closing quote). Found on demand in the start tag's text:
 * saxes reports no attribute positions, and most attributes never need one.
 */
export function attributeRange(xml: string, element: XmlElement, name: string): [number, number] {
  const source = xml.slice(element.offset, element.tagEnd);
  for (const attribute of attributeSources(source)) {
    if (attribute.name === name) return [element.offset + attribute.index, element.offset + attribute.index + attribute.length];
  }
  return [element.offset, element.tagEnd];
}

const MAX_LAYOUT_DEPTH = 32;

/** Parses `xml` with namespaces. Not well-formed (or a DTD, which Windows refuses) gives ok: false. */
export function readXml(xml: string): XmlReadResult {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let tagStart = 0;
  /** Source offset where the current run of character data began (after the last markup). */
  let textStart = 0;
  let failure: { offset: number; message: string } | undefined;
  const comments: SourceMarker[] = [];
  const declaring: XmlElement[] = [];
  const blankLines: SourceMarker[] = [];
  const strayText: (SourceMarker & { parent: XmlElement; text: string })[] = [];

  const fail = (offset: number, message: string): never => {
    failure = { offset, message };
    throw STOP;
  };

  parser.on('opentagstart', () => {
    tagStart = Math.max(0, xml.lastIndexOf('<', parser.position - 1));
    // saxes resolves namespaces by walking every open element, so cost grows with depth × tags;
    // real layouts are five levels deep. Same cap as checkXmlWellFormed (src/kiosk/xml.ts).
    if (stack.length >= MAX_LAYOUT_DEPTH) {
      fail(tagStart, `elements are nested more than ${MAX_LAYOUT_DEPTH} levels deep; a Start layout is only a few levels deep, so remove the extra nesting`);
    }
  });
  parser.on('opentag', (tag) => {
    const tagEnd = parser.position;
    const element: XmlElement = {
      name: tag.name,
      prefix: tag.prefix,
      local: tag.local,
      uri: tag.uri,
      attributes: tag.attributes,
      children: [],
      text: '',
      offset: tagStart,
      tagEnd,
    };
    // tag.ns holds only the bindings this tag declares.
    if (tag.ns && Object.keys(tag.ns).length > 0) declaring.push(element);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    if (!tag.isSelfClosing) stack.push(element);
    textStart = tagEnd;
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
    textStart = parser.position;
  });
  parser.on('text', (text) => {
    const parent = stack[stack.length - 1];
    const end = Math.max(textStart, parser.position - 1);
    if (parent && /\S/.test(text)) {
      parent.text += text.trim();
      strayText.push({ offset: textStart + (text.length - text.trimStart().length), end, parent, text: text.trim() });
    } else if (parent) {
      const blank = blankLineIn(xml, textStart, end);
      if (blank >= 0) blankLines.push({ offset: blank, end: blank });
    }
  });
  parser.on('cdata', (text) => {
    const parent = stack[stack.length - 1];
    const start = Math.max(0, xml.lastIndexOf('<![CDATA[', parser.position - 1));
    if (parent && /\S/.test(text)) {
      parent.text += text.trim();
      strayText.push({ offset: start, end: parser.position, parent, text: text.trim() });
    }
    textStart = parser.position;
  });
  parser.on('comment', () => {
    const start = Math.max(0, xml.lastIndexOf('<!--', parser.position - 1));
    comments.push({ offset: start, end: parser.position });
    textStart = parser.position;
  });
  parser.on('processinginstruction', () => {
    textStart = parser.position;
  });
  parser.on('doctype', () => {
    fail(Math.max(0, xml.lastIndexOf('<!DOCTYPE', parser.position - 1)), 'a <!DOCTYPE> declaration is not allowed; Windows rejects layouts with a DTD');
  });
  parser.on('error', (error) => {
    fail(Math.max(0, parser.position - 1), error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, ''));
  });

  try {
    parser.write(xml).close();
  } catch (error) {
    if (error !== STOP) {
      failure ??= { offset: Math.max(0, parser.position - 1), message: error instanceof Error ? error.message : 'the XML could not be read' };
    }
  }
  if (failure) return { ok: false, ...failure };
  if (!root) return { ok: false, offset: 0, message: 'there is no XML element at all' };
  return { ok: true, root, declaring, comments, blankLines, strayText };
}

/** Offset of the first empty line inside source[start, end), or -1. CR LF, CR and LF end a line. */
function blankLineIn(xml: string, start: number, end: number): number {
  let breaks = 0;
  let lineStart = -1;
  for (let i = start; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (code === 0x0d || code === 0x0a) {
      if (code === 0x0d && xml.charCodeAt(i + 1) === 0x0a) i++;
      breaks++;
      if (breaks === 1) lineStart = i + 1;
      else return lineStart;
    }
  }
  return -1;
}

/**
 * Turns source offsets into 1-based line and column (in Unicode characters), counting line ends
 * the way XML does (CR LF, CR, LF). Built once per text; each lookup is a binary search.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a) this.starts.push(i + 1);
      else if (code === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        this.starts.push(i + 1);
      }
    }
  }

  locate(offset: number): { line: number; column: number } {
    const at = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    const lineStart = this.starts[low] ?? 0;
    let column = 1;
    for (let i = lineStart; i < at; i++) {
      const code = this.text.charCodeAt(i);
      // A surrogate pair is one character.
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < at) {
        const next = this.text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
      column++;
    }
    return { line: low + 1, column };
  }
}

/** Source offset of a 1-based line and column (inverse of LineIndex.locate); clamps to the text. */
export function offsetOfLineColumn(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line && offset < text.length; offset++) {
    const code = text.charCodeAt(offset);
    if (code === 0x0a) current++;
    else if (code === 0x0d) {
      if (text.charCodeAt(offset + 1) === 0x0a) offset++;
      current++;
    }
  }
  for (let current = 1; current < column && offset < text.length; current++) {
    const code = text.charCodeAt(offset);
    if (code === 0x0a || code === 0x0d) break;
    offset += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return Math.min(offset, text.length);
}
