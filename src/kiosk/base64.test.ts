import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Base64Error, decodeBase64Bytes, decodeBase64Utf8, encodeBase64Bytes, encodeBase64Utf8, utf8ByteLength } from './base64';

function reasonOf(input: string): string {
  try {
    decodeBase64Utf8(input);
  } catch (error) {
    if (error instanceof Base64Error) return error.reason;
    throw error;
  }
  return 'decoded';
}

describe('encodeBase64Utf8 / decodeBase64Utf8', () => {
  // RFC 4648 §10 test vectors: https://www.rfc-editor.org/rfc/rfc4648#section-10
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ];
  it.each(vectors)('encodes the RFC 4648 vector %j as %j and back', (text, b64) => {
    expect(encodeBase64Utf8(text)).toBe(b64);
    expect(decodeBase64Utf8(b64)).toBe(text);
  });

  it('matches the Graph doc sample for startMenuLayoutXml', () => {
    expect(encodeBase64Utf8('startMenuLayoutXml')).toBe('c3RhcnRNZW51TGF5b3V0WG1s');
  });

  it('encodes the UTF-8 bytes, not UTF-16 code units', () => {
    expect(encodeBase64Utf8('é')).toBe('w6k=');
    expect(encodeBase64Utf8('€')).toBe('4oKs');
    expect(encodeBase64Utf8('😀')).toBe('8J+YgA==');
  });

  it.each([
    ['Chinese', '开始菜单布局 — 信息亭'],
    ['Arabic', 'تخطيط قائمة ابدأ للكشك'],
    ['emoji with ZWJ and skin tone', '👩🏽‍💻 kiosk 🧑‍🤝‍🧑'],
    ['BOM at the start', '\uFEFF<LayoutModificationTemplate/>'],
    ['BOM in the middle', 'a\uFEFFb'],
    ['NUL and control characters', 'a\u0000b\u0001\u007f'],
  ])('round-trips %s exactly', (_label, text) => {
    expect(decodeBase64Utf8(encodeBase64Utf8(text))).toBe(text);
  });

  it('keeps a BOM as the bytes EF BB BF', () => {
    const b64 = encodeBase64Utf8('\uFEFFx');
    expect(Array.from(decodeBase64Bytes(b64))).toEqual([0xef, 0xbb, 0xbf, 0x78]);
    expect(b64).toBe('77u/eA==');
  });

  it('round-trips any grapheme string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => decodeBase64Utf8(encodeBase64Utf8(text)) === text));
  });

  it('round-trips any string of code points from the full Unicode range', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => decodeBase64Utf8(encodeBase64Utf8(text)) === text));
  });

  it('round-trips arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Array.from(decodeBase64Bytes(encodeBase64Bytes(bytes)))).toEqual(Array.from(bytes));
      }),
    );
  });

  it('replaces a lone surrogate with U+FFFD, as TextEncoder does', () => {
    expect(decodeBase64Utf8(encodeBase64Utf8('a\uD800b'))).toBe('a\uFFFDb');
  });

  it('tolerates whitespace and line breaks between characters', () => {
    expect(decodeBase64Utf8(' Zm9v\r\nYmFy\n')).toBe('foobar');
    expect(decodeBase64Utf8('Zm9v\tYg=\n=')).toBe('foob');
    expect(decodeBase64Utf8('  \n ')).toBe('');
  });

  it('decodes the same whatever ASCII whitespace is inserted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '\n', '\r\n', '\t', '\f')), { maxLength: 8 }), (text, inserts) => {
        let b64 = encodeBase64Utf8(text);
        for (const [at, space] of inserts) {
          const i = at % (b64.length + 1);
          b64 = b64.slice(0, i) + space + b64.slice(i);
        }
        expect(decodeBase64Utf8(b64)).toBe(text);
      }),
    );
  });

  it('names invisible characters by code point', () => {
    expect(() => decodeBase64Utf8('Zm9v\u00a0Zm9v')).toThrow(/character U\+00A0 at position 5/);
  });

  it('reports an invalid character with its position', () => {
    let caught: unknown;
    try {
      decodeBase64Utf8('Zm9vYmFyZm9v%mFy');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Base64Error);
    const error = caught as Base64Error;
    expect(error.reason).toBe('invalid-base64');
    expect(error.index).toBe(12);
    expect(error.message).toContain("character '%' at position 13");
    expect(error.message).toContain('Copy the value again');
  });

  it('points out URL-safe base64', () => {
    expect(() => decodeBase64Utf8('ab-_')).toThrow(/URL-safe/);
  });

  it.each([
    ['bad length', 'Zm9vY'],
    ['missing padding', 'Zg'],
    ['padding in the middle', 'Zg==Zm9v'],
    ['three padding characters', 'Z==='],
    ['too much padding', 'Zg==='],
    ['padding only', '===='],
    ['non-ASCII character', 'Zm9v✓'],
  ])('rejects %s as invalid base64', (_label, input) => {
    expect(reasonOf(input)).toBe('invalid-base64');
  });

  it('reports bytes that are not UTF-8 as invalid-utf8', () => {
    const b64 = encodeBase64Bytes(new Uint8Array([0xc3, 0x28]));
    expect(reasonOf(b64)).toBe('invalid-utf8');
    expect(() => decodeBase64Utf8(b64)).toThrow(/decodes to bytes that are not valid UTF-8/);
  });

  it('round-trips 1 MB of text (speed is measured by the benchmark, not here)', () => {
    const text = '<start:Tile Size="2x2" AppUserModelID="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App"/> Grüße 你好 😀\n'.repeat(10000);
    expect(utf8ByteLength(text)).toBeGreaterThan(1_000_000);
    expect(decodeBase64Utf8(encodeBase64Utf8(text))).toBe(text);
  });
});

describe('utf8ByteLength', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8ByteLength('')).toBe(0);
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('é€😀')).toBe(2 + 3 + 4);
    expect(utf8ByteLength('\uD800')).toBe(3);
  });

  it('agrees with TextEncoder for any string, lone surrogates included', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) })), (text) => {
        expect(utf8ByteLength(text)).toBe(encoder.encode(text).length);
      }),
    );
  });
});
