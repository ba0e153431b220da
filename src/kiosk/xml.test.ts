import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkXmlWellFormed, decodeTextFile, locateInText, TextFileError } from './xml';

// The minimal valid layout from domain.md §3 (mirrors Microsoft's Assigned Access sample).
const LAYOUT = `<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1">
  <LayoutOptions StartTileGroupCellWidth="6"/>
  <DefaultLayoutOverride>
    <StartLayoutCollection>
      <defaultlayout:StartLayout GroupCellWidth="6">
        <start:Group Name="Apps">
          <start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App"/>
          <start:DesktopApplicationTile Size="2x2" Column="2" Row="0" DesktopApplicationID="Microsoft.Windows.Explorer"/>
        </start:Group>
      </defaultlayout:StartLayout>
    </StartLayoutCollection>
  </DefaultLayoutOverride>
</LayoutModificationTemplate>`;

function failure(xml: string) {
  const result = checkXmlWellFormed(xml);
  if (result.ok) throw new Error('expected the XML to be rejected');
  return result;
}

describe('checkXmlWellFormed', () => {
  it('accepts the Microsoft sample layout', () => {
    expect(checkXmlWellFormed(LAYOUT)).toEqual({ ok: true });
  });

  it('accepts a BOM, an XML declaration saying utf-16, comments and non-ASCII text', () => {
    expect(checkXmlWellFormed('\uFEFF<?xml version="1.0" encoding="utf-16"?>\r\n<a n="Café 你好 😀"><!-- ok --></a>')).toEqual({ ok: true });
  });

  it('reports a closing tag that does not match, at the closing tag', () => {
    const result = failure(LAYOUT.replace('</start:Group>', '</start:Tile>'));
    expect(result.line).toBe(9);
    expect(result.column).toBe(9);
    expect(result.message).toBe(
      'Line 9, column 9: closing tag </start:Tile> does not match opening tag <start:Group> (opened at line 6, column 9); close <start:Group> first or fix the tag name.',
    );
  });

  it('reports an unclosed element at its opening tag', () => {
    expect(failure('<a>\n  <b>\n</a>')).toMatchObject({ line: 3, column: 1 });
    expect(failure('<root>\n  <child>')).toMatchObject({ line: 2, column: 3, message: expect.stringContaining('<child> is never closed') });
  });

  it('counts columns in characters and lines across CR LF', () => {
    expect(failure('<a>\r\n😀😀<b x="1" x="2"/></a>')).toMatchObject({ line: 2, column: 3, message: expect.stringContaining('attribute x appears twice') });
  });

  it('explains unbound prefixes, unknown entities and more in plain words', () => {
    expect(failure('<a><start:Tile/></a>').message).toContain('the prefix "start:" is used but never declared');
    expect(failure('<a>Tom & Jerry</a>').message).toMatch(/^Line 1, column 8: a "&" must start an entity reference/);
    expect(failure('<a n="R&D"/>\n<b>x;</b>')).toMatchObject({ line: 1, column: 8 });
    expect(checkXmlWellFormed('<a><!-- R & D --><![CDATA[ & ]]>&amp;&#169;&#xA9;</a>')).toEqual({ ok: true });
    expect(failure('<a>&nbsp;</a>')).toMatchObject({ line: 1, column: 4, message: expect.stringContaining('unknown entity "&nbsp;"') });
    expect(failure('<a b=c/>').message).toContain('not in quotes');
    expect(failure('<a/><b/>').message).toContain('more than one root element');
    expect(failure('').message).toContain('no XML element');
    expect(failure('<a>').message).toContain('<a> is never closed');
  });

  it('rejects a DOCTYPE, so no entity declarations get a chance', () => {
    const bomb = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<lolz>&lol2;</lolz>';
    expect(failure(bomb)).toMatchObject({ line: 2, column: 1, message: expect.stringContaining('<!DOCTYPE> declaration is not allowed') });
    expect(failure('<a><!DOCTYPE a></a>').message).toContain('DOCTYPE');
  });

  it('never throws and always gives a location inside the text', () => {
    const xmlish = fc.string({ unit: fc.constantFrom('<', '>', '/', 'a', 's:', '=', '"', '&', ';', '!', '-', '?', '[', ']', ' ', '\n', '\r', '😀', 'xmlns:s="u"'), maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(xmlish, fc.string({ unit: 'binary' })), (xml) => {
        const result = checkXmlWellFormed(xml);
        if (!result.ok) {
          expect(result.line).toBeGreaterThanOrEqual(1);
          expect(result.column).toBeGreaterThanOrEqual(1);
          expect(result.message).toMatch(new RegExp(`^Line ${result.line}, column ${result.column}: `));
        }
      }),
    );
  });

  it('stops at the first problem', () => {
    expect(failure('<a>\n<b></c>\n<d></e>\n</a>')).toMatchObject({ line: 2, column: 4 });
  });
});

describe('locateInText', () => {
  it('gives 1-based line and column', () => {
    expect(locateInText('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(locateInText('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(locateInText('a\r\nb\rc', 5)).toEqual({ line: 3, column: 1 });
  });
});

describe('decodeTextFile', () => {
  const text = '<a n="Grüße 你好 😀"/>';
  const utf8 = new TextEncoder().encode(text);
  const utf16le = (s: string) => {
    const bytes = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      bytes[2 * i] = s.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = s.charCodeAt(i) >> 8;
    }
    return bytes;
  };
  const utf16be = (s: string) => {
    const le = utf16le(s);
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] ?? 0;
      be[i + 1] = le[i] ?? 0;
    }
    return be;
  };
  const concat = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  };

  it('reads UTF-8 without a BOM', () => {
    expect(decodeTextFile(utf8)).toBe(text);
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeTextFile(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8))).toBe(text);
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    expect(decodeTextFile(concat(new Uint8Array([0xff, 0xfe]), utf16le(text)))).toBe(text);
    expect(decodeTextFile(concat(new Uint8Array([0xfe, 0xff]), utf16be(text)))).toBe(text);
  });

  it('keeps an XML declaration that says utf-16 unchanged', () => {
    const xml = '<?xml version="1.0" encoding="utf-16"?><a/>';
    expect(decodeTextFile(concat(new Uint8Array([0xff, 0xfe]), utf16le(xml)))).toBe(xml);
  });

  it('recognises BOM-less UTF-16 XML from its first "<"', () => {
    expect(decodeTextFile(utf16le(text))).toBe(text);
    expect(decodeTextFile(utf16be(text))).toBe(text);
  });

  it('reads an empty file as empty text', () => {
    expect(decodeTextFile(new Uint8Array())).toBe('');
  });

  it('rejects bytes that are not UTF-8 with a clear message', () => {
    expect(() => decodeTextFile(new Uint8Array([0x3c, 0x61, 0xe9, 0x3e]))).toThrow(TextFileError);
    expect(() => decodeTextFile(new Uint8Array([0x3c, 0x61, 0xe9, 0x3e]))).toThrow(/^This file is not UTF-8 or UTF-16 text: .*"Save as" with encoding UTF-8/);
    expect(() => decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toThrow(/UTF-8 byte-order mark/);
  });

  it('rejects broken UTF-16', () => {
    // Odd byte count, and a lone high surrogate.
    expect(() => decodeTextFile(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x61]))).toThrow(TextFileError);
    expect(() => decodeTextFile(new Uint8Array([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x61]))).toThrow(/big-endian/);
  });
});
