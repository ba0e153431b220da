// XML text handling for Start layouts: reading an uploaded file's bytes as text (BOM-aware) and
// checking that the text is well-formed XML, with a location and a plain-words reason.
// Well-formedness only; the LayoutModificationTemplate schema rules live elsewhere.
// Layout format: https://learn.microsoft.com/en-us/windows/configuration/start/layout-xml-desktop
import { SaxesParser } from 'saxes';

export type XmlCheckResult = { ok: true } | { ok: false; line: number; column: number; message: string };

interface OpenTag {
  name: string;
  /** Index in the source of the '<' that opens the tag. */
  index: number;
}

/** 1-based line and column (in Unicode characters) of a source index; CR LF, CR and LF end a line, as in XML. */
export function locateInText(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  const end = Math.min(Math.max(index, 0), text.length);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      line++;
      column = 1;
    } else if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      line++;
      column = 1;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      column++;
    } else {
      column++;
    }
  }
  return { line, column };
}

/** Reads an XML name starting at `from` (used to quote the tag or entity a saxes error is about). */
function nameAt(text: string, from: number): string {
  const match = /^[^\s/>;=<&"']+/.exec(text.slice(from, from + 200));
  return match ? match[0] : '';
}

/** saxes messages → plain words. Unlisted messages keep saxes's own wording, so no detail is lost. */
const PLAIN_MESSAGES: Record<string, string> = {
  'disallowed character.': 'this character is not allowed in XML here',
  'disallowed character in tag name': 'a tag name contains a character that is not allowed',
  'disallowed character in tag name.': 'a tag name contains a character that is not allowed',
  'text data outside of root node.':
    'there is text outside the root element; everything must be inside one root element such as <LayoutModificationTemplate>',
  'incorrect syntax.': 'unrecognised markup after "<!"; only comments <!-- … --> and <![CDATA[ … ]]> are allowed here',
  'malformed comment.': 'a comment is malformed; "--" is not allowed inside <!-- … -->',
  'processing instruction without a target.': 'a processing instruction <? … ?> has no name',
  'disallowed character in processing instruction name.': 'a processing instruction <? … ?> has an invalid name',
  'an XML declaration must be at the start of the document.':
    'the XML declaration <?xml … ?> must be the very first thing in the file',
  'the XML declaration must appear at the start of the document.':
    'the XML declaration <?xml … ?> must be the very first thing in the file',
  'XML declaration is incomplete.': 'the XML declaration <?xml … ?> is incomplete',
  'XML declaration must contain a version.': 'the XML declaration must start with version="1.0"',
  'processing instructions are not allowed before root.': 'a processing instruction <? … ?> is not allowed before the root element',
  'documents may contain only one root.':
    'there is more than one root element; an XML document has exactly one, such as <LayoutModificationTemplate>',
  'forward-slash in opening tag not followed by >.': 'a "/" inside a tag must be followed directly by ">"',
  'disallowed character in attribute name.': 'an attribute name contains a character that is not allowed',
  'attribute without value.': 'an attribute has no value; write it as Name="value"',
  'unquoted attribute value.': 'an attribute value is not in quotes; write it as Name="value"',
  'no whitespace between attributes.': 'two attributes are not separated by a space',
  'the string "]]>" is disallowed in char data.': 'the text "]]>" is not allowed in element content; write it as "]]&gt;"',
  'disallowed character in closing tag.': 'a closing tag contains a character that is not allowed',
  'weird empty close tag.': 'there is an empty closing tag "</>"',
  'document must contain a root element.':
    'there is no XML element at all; a layout starts with <LayoutModificationTemplate …>',
  'unexpected end.': 'the XML ends in the middle of a tag, comment or other markup',
  'disallowed character in entity name.':
    'a "&" starts something that is not a valid entity reference; write a literal "&" as "&amp;"',
  'malformed character entity.': 'a character reference (&#…; or &#x…;) does not name a valid XML character',
  'tags may not have "xmlns" as prefix.': 'a tag uses "xmlns:" as its prefix, which is reserved',
};

const DTD_MESSAGE =
  'a <!DOCTYPE> declaration is not allowed; Windows rejects layouts with a DTD. Delete the <!DOCTYPE …> part';

// Comments, CDATA sections and processing instructions (where "&" is plain text, also when left
// unterminated), or an "&" that does not begin something shaped like a reference ("&name;", "&#…;").
const AMPERSAND_SCAN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|&(?![^\s&;<>"'=]+;)/g;

/** Index of the first "&" before `limit` that cannot start a reference, or -1. */
function findBareAmpersand(xml: string, limit: number): number {
  for (const match of xml.slice(0, limit).matchAll(AMPERSAND_SCAN)) {
    if (match[0] === '&') return match.index;
  }
  return -1;
}

// saxes resolves each element's and attribute's namespace by walking every open element, so the
// check costs depth × elements: 100 000 nested <a> took minutes. Start layouts and Assigned Access
// files are under 10 levels deep; refusing deeper nesting keeps the check linear.
const MAX_DEPTH = 32;

/** Thrown out of a saxes handler to stop at the first problem; never escapes checkXmlWellFormed. */
const STOP = new Error('checkXmlWellFormed: stop at first problem');

/**
 * Checks that `xml` is well-formed XML with namespaces (XML 1.0 + Namespaces in XML), stopping at
 * the first problem. DOCTYPE/DTDs are rejected: Windows does not accept them, and refusing them
 * rules out entity-expansion tricks. So is nesting more than MAX_DEPTH (32) elements deep.
 */
export function checkXmlWellFormed(xml: string): XmlCheckResult {
  const parser = new SaxesParser({ xmlns: true });
  const open: OpenTag[] = [];
  let lastClosed: OpenTag | undefined;
  let failure: { index: number; detail: string; detectedAt: number; dtd: boolean } | undefined;

  const fail = (index: number, detail: string): never => {
    failure = { index, detail, detectedAt: parser.position, dtd: detail === DTD_MESSAGE };
    // saxes keeps parsing after an error; throwing out of the handler stops at the first one.
    throw STOP;
  };

  parser.on('opentagstart', (tag) => {
    const index = xml.lastIndexOf('<', parser.position - 1);
    if (open.length >= MAX_DEPTH) {
      fail(index, `elements are nested more than ${MAX_DEPTH} levels deep; Start layouts and Assigned Access files are only a few levels deep, so remove the extra nesting`);
    }
    open.push({ name: tag.name, index });
  });
  parser.on('closetag', () => {
    lastClosed = open.pop();
  });
  parser.on('doctype', () => {
    fail(Math.max(0, xml.lastIndexOf('<!DOCTYPE', parser.position - 1)), DTD_MESSAGE);
  });
  parser.on('error', (error) => {
    const at = Math.max(0, parser.position - 1);
    // saxes prefixes "line:column: "; our own location replaces it.
    const raw = error.message.replace(/^\d+:\d+: /, '');
    if (raw === 'unexpected close tag.') {
      const start = Math.max(0, xml.lastIndexOf('</', at));
      const closing = nameAt(xml, start + 2);
      const opening = lastClosed;
      if (opening) {
        const where = locateInText(xml, opening.index);
        fail(
          start,
          `closing tag </${closing}> does not match opening tag <${opening.name}> (opened at line ${where.line}, column ${where.column}); close <${opening.name}> first or fix the tag name`,
        );
      }
      fail(start, `closing tag </${closing}> has no matching opening tag`);
    }
    if (raw.startsWith('unmatched closing tag: ')) {
      const start = Math.max(0, xml.lastIndexOf('</', at));
      fail(start, `closing tag </${nameAt(xml, start + 2)}> has no matching opening tag`);
    }
    if (raw.startsWith('unclosed tag: ')) {
      const innermost = open[open.length - 1];
      const name = innermost?.name ?? raw.slice('unclosed tag: '.length);
      fail(innermost?.index ?? at, `the element <${name}> is never closed; add </${name}> or end the tag with "/>"`);
    }
    if (raw === 'undefined entity.') {
      const start = Math.max(0, xml.lastIndexOf('&', at));
      fail(
        start,
        `unknown entity "&${nameAt(xml, start + 1)};"; XML only knows &amp; &lt; &gt; &quot; &apos; (write a literal "&" as "&amp;")`,
      );
    }
    if (raw === 'inappropriately located doctype declaration.') {
      fail(Math.max(0, xml.lastIndexOf('<!', at)), DTD_MESSAGE);
    }
    if (raw.startsWith('unbound namespace prefix: ')) {
      const prefix = raw.slice('unbound namespace prefix: '.length).replace(/\.$/, '').replace(/^"|"$/g, '');
      const start = Math.max(0, xml.lastIndexOf('<', at));
      fail(
        start,
        `the prefix "${prefix}:" is used but never declared; add xmlns:${prefix}="…" to the root element (for example xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout")`,
      );
    }
    if (raw.startsWith('duplicate attribute: ')) {
      const name = raw.slice('duplicate attribute: '.length).replace(/\.$/, '');
      fail(Math.max(0, xml.lastIndexOf('<', at)), `the attribute ${name} appears twice on the same element; keep only one`);
    }
    fail(at, PLAIN_MESSAGES[raw] ?? raw.replace(/\.$/, ''));
  });

  try {
    parser.write(xml).close();
  } catch (error) {
    // Anything but our own STOP would be a saxes bug; still report it as a problem, never throw.
    if (error !== STOP) {
      failure ??= {
        index: Math.max(0, parser.position - 1),
        detail: `the XML could not be read (${error instanceof Error ? error.message : 'unexpected error'})`,
        detectedAt: parser.position,
        dtd: false,
      };
    }
  }
  if (!failure) return { ok: true };
  let { index, detail } = failure;
  if (!failure.dtd) {
    // saxes reads a bare "&" as the start of an entity up to the next ";", so it notices the
    // mistake late and somewhere else. A bare "&" before that point is the real first problem.
    const ampersand = findBareAmpersand(xml, failure.detectedAt);
    if (ampersand >= 0) {
      index = ampersand;
      detail = 'a "&" must start an entity reference such as &amp; or &#169;; write a literal "&" as "&amp;"';
    }
  }
  const { line, column } = locateInText(xml, index);
  return { ok: false, line, column, message: `Line ${line}, column ${column}: ${detail}.` };
}

/** Thrown by decodeTextFile when the bytes are not UTF-8 or UTF-16 text. */
export class TextFileError extends Error {
  override readonly name = 'TextFileError';
}

const NOT_TEXT_ADVICE =
  'Open it in Notepad (or another editor), choose "Save as" with encoding UTF-8, and upload it again.';

function decodeStrict(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, what: string): string {
  try {
    // ignoreBOM: the BOM (if any) was already cut off; a second one is content and stays.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new TextFileError(`This file is not UTF-8 or UTF-16 text: ${what}. ${NOT_TEXT_ADVICE}`);
  }
}

/**
 * Decodes an uploaded text file. A BOM decides the encoding (UTF-8 EF BB BF, UTF-16LE FF FE,
 * UTF-16BE FE FF) and is removed; UTF-16 without a BOM is recognised from an XML start ("<" with
 * a zero byte, per XML 1.0 Appendix F); everything else must be valid UTF-8. An XML declaration
 * such as encoding="utf-16" stays in the text unchanged: it describes the file, not the string.
 * @throws TextFileError
 */
export function decodeTextFile(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return decodeStrict('utf-8', bytes.subarray(3), 'it starts with a UTF-8 byte-order mark but contains bytes that are not valid UTF-8');
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return decodeStrict('utf-16le', bytes.subarray(2), 'it starts with a UTF-16 (little-endian) byte-order mark but its bytes are not valid UTF-16');
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return decodeStrict('utf-16be', bytes.subarray(2), 'it starts with a UTF-16 (big-endian) byte-order mark but its bytes are not valid UTF-16');
  }
  if (b0 === 0x3c && b1 === 0x00) {
    return decodeStrict('utf-16le', bytes, 'it looks like UTF-16 (little-endian) without a byte-order mark but its bytes are not valid UTF-16');
  }
  if (b0 === 0x00 && b1 === 0x3c) {
    return decodeStrict('utf-16be', bytes, 'it looks like UTF-16 (big-endian) without a byte-order mark but its bytes are not valid UTF-16');
  }
  return decodeStrict('utf-8', bytes, 'it contains bytes that are not valid UTF-8 (it may be saved as ANSI/Windows-1252, or not be a text file at all)');
}
