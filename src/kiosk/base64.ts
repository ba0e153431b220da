// UTF-8 ⇄ base64 for Graph's Edm.Binary fields (startMenuLayoutXml is "XML in Binary format",
// i.e. base64 of the XML bytes on the wire):
// https://learn.microsoft.com/en-us/graph/api/resources/intune-deviceconfig-windowsassignedaccessprofile?view=graph-rest-beta
// Standard alphabet with padding (RFC 4648 §4, https://www.rfc-editor.org/rfc/rfc4648#section-4).
// Hand-written and table-based because btoa/atob only handle Latin-1 and are not available in
// plain Node without the DOM lib; this runs the same in the browser and in Node.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 0x3d; // '='

/** Alphabet index → ASCII code of the base64 digit. */
const ENCODE_TABLE = new Uint8Array(64);
/** ASCII code → sextet value; -1 = not a base64 digit, -2 = ASCII whitespace (skipped). */
const DECODE_TABLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  const code = ALPHABET.charCodeAt(i);
  ENCODE_TABLE[i] = code;
  DECODE_TABLE[code] = i;
}
// ASCII whitespace as defined by the WHATWG "forgiving base64" and Infra specs: TAB LF FF CR SPACE.
for (const code of [0x09, 0x0a, 0x0c, 0x0d, 0x20]) DECODE_TABLE[code] = -2;

const utf8Encoder = new TextEncoder();
// ignoreBOM: keep a leading U+FEFF as a character so the round trip is exact.
const strictUtf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// The encoder output is pure ASCII, so this decoder never meets an invalid sequence.
const asciiDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

export type Base64ErrorReason = 'invalid-base64' | 'invalid-utf8';

/** Thrown by decodeBase64Utf8; `message` tells the user what is wrong and how to fix it. */
export class Base64Error extends Error {
  override readonly name = 'Base64Error';
  readonly reason: Base64ErrorReason;
  /** 0-based index into the input of the offending character, when there is one. */
  readonly index: number | undefined;

  constructor(reason: Base64ErrorReason, message: string, index?: number) {
    super(message);
    this.reason = reason;
    this.index = index;
  }
}

const NON_ASCII_RUN = /[\u0080-\uFFFF]+/g;

/**
 * Number of bytes TextEncoder would produce for `text`, without allocating them.
 * Lone surrogates count as U+FFFD (3 bytes), which is what TextEncoder substitutes.
 * The regex skips ASCII natively, which keeps mostly-ASCII request bodies (base64!) cheap.
 */
export function utf8ByteLength(text: string): number {
  let bytes = text.length;
  for (const match of text.matchAll(NON_ASCII_RUN)) {
    const run = match[0];
    const length = run.length;
    for (let i = 0; i < length; i++) {
      const code = run.charCodeAt(i);
      if (code < 0x800) bytes += 1;
      else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
        const next = run.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          bytes += 2; // 2 code units → 4 bytes
          i++;
        } else bytes += 2;
      } else bytes += 2;
    }
  }
  return bytes;
}

/** Base64 of raw bytes (standard alphabet, '=' padding). */
export function encodeBase64Bytes(bytes: Uint8Array): string {
  const length = bytes.length;
  const out = new Uint8Array(Math.ceil(length / 3) * 4);
  let o = 0;
  let i = 0;
  const whole = length - (length % 3);
  for (; i < whole; i += 3) {
    // Indexes are in range by construction of the loop bounds; `?? 0` only satisfies the type checker.
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = ENCODE_TABLE[n >>> 18] ?? 0;
    out[o++] = ENCODE_TABLE[(n >>> 12) & 63] ?? 0;
    out[o++] = ENCODE_TABLE[(n >>> 6) & 63] ?? 0;
    out[o++] = ENCODE_TABLE[n & 63] ?? 0;
  }
  const rest = length - whole;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out[o++] = ENCODE_TABLE[n >>> 18] ?? 0;
    out[o++] = ENCODE_TABLE[(n >>> 12) & 63] ?? 0;
    out[o++] = PAD;
    out[o++] = PAD;
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out[o++] = ENCODE_TABLE[n >>> 18] ?? 0;
    out[o++] = ENCODE_TABLE[(n >>> 12) & 63] ?? 0;
    out[o++] = ENCODE_TABLE[(n >>> 6) & 63] ?? 0;
    out[o++] = PAD;
  }
  // Native ASCII → string conversion; far faster than building the string per character.
  return asciiDecoder.decode(out);
}

/** Base64 of the UTF-8 bytes of `text`. A leading BOM (U+FEFF) is kept as EF BB BF. */
export function encodeBase64Utf8(text: string): string {
  return encodeBase64Bytes(utf8Encoder.encode(text));
}

function describeChar(text: string, index: number): string {
  const codePoint = text.codePointAt(index) ?? 0;
  const hex = 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0');
  // Control characters and invisible spaces are shown by code point; anything else as itself.
  if (codePoint <= 0x20 || (codePoint >= 0x7f && codePoint <= 0xa0) || /\s/.test(String.fromCodePoint(codePoint))) return hex;
  return `'${String.fromCodePoint(codePoint)}'`;
}

const FIX_HINT =
  'Base64 may only contain A–Z, a–z, 0–9, "+" and "/", with at most two "=" at the very end. ' +
  'Copy the value again without changes, or start from the original XML file instead.';

function invalidBase64(message: string, index?: number): Base64Error {
  return new Base64Error('invalid-base64', `${message} ${FIX_HINT}`, index);
}

/**
 * Decodes strict standard base64 to bytes; ASCII whitespace between digits is ignored.
 * Positions in messages count from 1; Base64Error.index is the 0-based string index.
 */
export function decodeBase64Bytes(b64: string): Uint8Array {
  const length = b64.length;
  const out = new Uint8Array(Math.floor(length / 4) * 3 + 3);
  let o = 0;
  let quartet = 0;
  let filled = 0; // digits collected in the current quartet (0–3)
  let digits = 0; // significant characters seen, padding included
  let padding = 0;
  let firstPadIndex = -1;
  const fastEnd = length - 3;
  let i = 0;
  while (i < length) {
    // Fast path: four plain digits in a row (the common case, no line breaks or padding).
    if (filled === 0 && i < fastEnd && padding === 0) {
      const c0 = b64.charCodeAt(i);
      const c1 = b64.charCodeAt(i + 1);
      const c2 = b64.charCodeAt(i + 2);
      const c3 = b64.charCodeAt(i + 3);
      if ((c0 | c1 | c2 | c3) < 128) {
        // Codes are < 128 here, so the lookups are in range; `?? -1` only satisfies the type checker.
        const a = DECODE_TABLE[c0] ?? -1;
        const b = DECODE_TABLE[c1] ?? -1;
        const c = DECODE_TABLE[c2] ?? -1;
        const d = DECODE_TABLE[c3] ?? -1;
        if ((a | b | c | d) >= 0) {
          const n = (a << 18) | (b << 12) | (c << 6) | d;
          out[o++] = n >>> 16;
          out[o++] = (n >>> 8) & 0xff;
          out[o++] = n & 0xff;
          digits += 4;
          i += 4;
          continue;
        }
      }
    }
    // Slow path: one character at a time, handling whitespace, padding and errors.
    const code = b64.charCodeAt(i);
    const value = code < 128 ? (DECODE_TABLE[code] ?? -1) : -1;
    if (value >= 0) {
      if (padding > 0) {
        throw invalidBase64(
          `This text is not valid base64: character ${describeChar(b64, i)} at position ${i + 1} comes after the "=" padding at position ${firstPadIndex + 1}; "=" may only appear at the end.`,
          i,
        );
      }
      quartet = (quartet << 6) | value;
      digits++;
      if (++filled === 4) {
        out[o++] = quartet >>> 16;
        out[o++] = (quartet >>> 8) & 0xff;
        out[o++] = quartet & 0xff;
        quartet = 0;
        filled = 0;
      }
    } else if (value === -2) {
      // ASCII whitespace between digits is tolerated (base64 is often wrapped at 64 or 76 columns).
    } else if (code === PAD) {
      if (padding === 0) firstPadIndex = i;
      padding++;
      digits++;
      if (padding > 2 || filled < 2) {
        throw invalidBase64(
          `This text is not valid base64: the "=" at position ${i + 1} is misplaced; padding is one or two "=" that complete the last group of four characters.`,
          i,
        );
      }
    } else {
      let hint = '';
      if (code === 0x2d || code === 0x5f) {
        hint = ' It looks like URL-safe base64 ("-" and "_"); replace "-" with "+" and "_" with "/".';
      }
      throw invalidBase64(
        `This text is not valid base64: character ${describeChar(b64, i)} at position ${i + 1} is not a base64 character.${hint}`,
        i,
      );
    }
    i++;
  }
  if (digits % 4 !== 0) {
    throw invalidBase64(
      `This text is not valid base64: it has ${digits} base64 characters (not counting spaces and line breaks), but the count must be a multiple of 4, so it looks cut off or has characters missing.`,
    );
  }
  if (padding === 1) {
    // filled === 3: 18 bits collected, the last 2 bits are padding bits.
    quartet <<= 6;
    out[o++] = quartet >>> 16;
    out[o++] = (quartet >>> 8) & 0xff;
  } else if (padding === 2) {
    quartet <<= 12;
    out[o++] = quartet >>> 16;
  }
  return out.subarray(0, o);
}

/**
 * Decodes base64 to text, requiring the bytes to be valid UTF-8. A leading BOM is kept as U+FEFF,
 * so decodeBase64Utf8(encodeBase64Utf8(s)) === s for every string without lone surrogates
 * (TextEncoder turns a lone surrogate into U+FFFD).
 * @throws Base64Error with reason 'invalid-base64' or 'invalid-utf8'.
 */
export function decodeBase64Utf8(b64: string): string {
  const bytes = decodeBase64Bytes(b64);
  try {
    return strictUtf8Decoder.decode(bytes);
  } catch {
    throw new Base64Error(
      'invalid-utf8',
      'This base64 decodes to bytes that are not valid UTF-8 text, so it is not an XML document saved as UTF-8 ' +
        '(it may be UTF-16, another encoding, or not text at all). Open the file in an editor, save it as UTF-8, and paste or upload it again.',
    );
  }
}
