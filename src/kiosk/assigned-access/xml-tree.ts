// A small, namespace-aware element tree of an XML document, for reading Assigned Access files.
// Built with saxes after the text passed checkXmlWellFormed (which refuses DOCTYPE, so no entity
// can expand). Only elements, attributes and character data are kept; comments and processing
// instructions carry no configuration. Never throws: a failure is a value.
import { SaxesParser } from 'saxes';
import { checkXmlWellFormed } from '../xml';

const XMLNS_URI = 'http://www.w3.org/2000/xmlns/';

export interface XmlAttribute {
  /** Namespace URI; '' for an unprefixed attribute (attributes do not take the default namespace). */
  uri: string;
  local: string;
  /** As written, e.g. "rs5:AutoLaunch"; for messages only. */
  name: string;
  value: string;
}

export interface XmlElement {
  uri: string;
  local: string;
  /** As written, e.g. "v5:StartPins"; for messages only. */
  name: string;
  /** Namespace declarations are left out. */
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** Character data directly inside this element (text and CDATA, in order). */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

export type XmlTreeResult = { ok: true; root: XmlElement } | { ok: false; message: string };

/** Parses `xml` into an element tree, or says (with line and column) why it is not well-formed XML. */
export function parseXmlTree(xml: string): XmlTreeResult {
  const check = checkXmlWellFormed(xml);
  if (!check.ok) return { ok: false, message: check.message };
  try {
    const parser = new SaxesParser({ xmlns: true, position: true });
    const stack: XmlElement[] = [];
    let root: XmlElement | undefined;
    let problem: string | undefined;
    let startLine = 1;
    parser.on('doctype', () => {
      problem ??= 'a <!DOCTYPE> declaration is not allowed';
    });
    parser.on('error', (error) => {
      problem ??= error.message;
    });
    parser.on('opentagstart', () => {
      startLine = parser.line;
    });
    parser.on('opentag', (tag) => {
      const attributes: XmlAttribute[] = [];
      for (const attribute of Object.values(tag.attributes)) {
        if (attribute.uri === XMLNS_URI || attribute.name === 'xmlns') continue;
        attributes.push({ uri: attribute.uri, local: attribute.local, name: attribute.name, value: attribute.value });
      }
      const element: XmlElement = { uri: tag.uri, local: tag.local, name: tag.name, attributes, children: [], text: '', line: startLine };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root ??= element;
      stack.push(element);
    });
    parser.on('closetag', () => {
      stack.pop();
    });
    const addText = (text: string) => {
      const current = stack[stack.length - 1];
      if (current) current.text += text;
    };
    parser.on('text', addText);
    parser.on('cdata', addText);
    parser.write(xml).close();
    if (problem !== undefined) return { ok: false, message: `The XML could not be read: ${problem}` };
    if (!root) return { ok: false, message: 'The XML has no root element.' };
    return { ok: true, root };
  } catch (error) {
    return { ok: false, message: `The XML could not be read (${error instanceof Error ? error.message : 'unexpected error'}).` };
  }
}

/** The attribute in namespace `uri` ('' = unprefixed) with local name `local`. */
export function attributeOf(element: XmlElement, uri: string, local: string): XmlAttribute | undefined {
  return element.attributes.find((attribute) => attribute.uri === uri && attribute.local === local);
}

export function isElement(element: XmlElement, uri: string, local: string): boolean {
  return element.uri === uri && element.local === local;
}
