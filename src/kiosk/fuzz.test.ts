// @vitest-environment node
// Hostile and broken input against the domain core's entry points: they never throw (beyond their
// documented error types), never hang, never write onto shared prototypes, and always return the
// documented shape. Random input comes from fast-check; the adversarial cases (10 000-deep
// nesting, 4 MB strings, invalid UTF-8, XML entity bombs, prototype-pollution keys) are built by
// hand because random generation would almost never reach them.
// The time bounds are hang detectors, not speed tests: they are generous on purpose.
import { cpuUsage } from 'node:process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design, Finding, XmlCheckResult } from './index';
// The importer is not re-exported from index.ts (the lazy dialogs import it directly, to keep it out of the main bundle).
import { importAssignedAccessXml } from './assigned-access/import-xml';
import {
  Base64Error,
  GRAPH_PROFILE_KEYS,
  TextFileError,
  checkXmlWellFormed,
  decodeBase64Utf8,
  decodeTextFile,
  designDraftSchema,
  encodeBase64Bytes,
  encodeBase64Utf8,
  fromGraphBody,
  lintDesign,
  lintRequestBody,
  lintStartLayoutXml,
} from './index';

/** Per-call bound for small inputs and for large ones (over LARGE_INPUT characters: up to 4 MB, 100 000 deep). */
const SMALL_MS = 200;
const LARGE_MS = 2000;
const LARGE_INPUT = 50_000;
/** Vitest's own per-test timeout, for tests that make several large calls on a busy machine. */
const HEAVY = { timeout: 60_000 };

const boundFor = (size: number) => (size > LARGE_INPUT ? LARGE_MS : SMALL_MS);
const MB4 = 4 * 1024 * 1024;
/** Keep the whole file to a few seconds: each property runs this many random cases. */
const RUNS = 100;

const PROFILE_KEYS = ['id', 'profileName', 'showTaskBar', 'appUserModelIds', 'desktopAppPaths', 'userAccounts', 'startMenuLayoutXml'];

// ——— invariants ———

type ProtoSnapshot = Map<string, unknown>;

/** Every own property of the shared prototypes, with its value or getter, so both additions and overwrites show. */
function snapshotPrototypes(): ProtoSnapshot {
  const snapshot: ProtoSnapshot = new Map();
  const prototypes = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
  for (const [label, proto] of Object.entries(prototypes)) {
    for (const name of Reflect.ownKeys(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      snapshot.set(`${label}.${String(name)}`, descriptor?.get ?? descriptor?.value);
    }
  }
  return snapshot;
}

const PRISTINE = snapshotPrototypes();

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(snapshotPrototypes()).toEqual(PRISTINE);
}

/** Runs `call`, fails if it took `limitMs` or longer, and checks the prototypes afterwards. */
function bounded<T>(limitMs: number, call: () => T): T {
  const cpuStart = cpuUsage();
  const start = performance.now();
  const result = call();
  const elapsed = performance.now() - start;
  if (elapsed >= limitMs) {
    // Other test files share the CPU and stretch wall time; a hang burns CPU, so CPU time decides.
    const cpu = cpuUsage(cpuStart);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    expect(cpuMs, `call took ${elapsed.toFixed(0)} ms, ${cpuMs.toFixed(0)} ms of CPU (bound ${limitMs} ms)`).toBeLessThan(limitMs);
  }
  expectNoPollution();
  return result;
}

function expectFindings(findings: unknown): asserts findings is Finding[] {
  expect(Array.isArray(findings)).toBe(true);
  for (const finding of findings as unknown[]) {
    expect(Object.getPrototypeOf(finding)).toBe(Object.prototype);
    const record = finding as Record<string, unknown>;
    for (const key of ['path', 'severity', 'code', 'message']) {
      expect(Object.hasOwn(record, key), `finding has own ${key}`).toBe(true);
      expect(typeof record[key]).toBe('string');
    }
    expect(['error', 'warning']).toContain(record.severity);
    expect(record.code).not.toBe('');
    expect(record.message).not.toBe('');
    expect(record.path === '' || (record.path as string).startsWith('/')).toBe(true);
    expect(Object.hasOwn(record, '__proto__')).toBe(false);
  }
}

/** A design read from input: plain objects with exactly the schema's keys, valid as a draft. */
function expectDesign(design: unknown): void {
  expect(Array.isArray(design)).toBe(true);
  expect(Object.getPrototypeOf(design)).toBe(Array.prototype);
  for (const profile of design as unknown[]) {
    expect(Object.getPrototypeOf(profile)).toBe(Object.prototype);
    expect(Reflect.ownKeys(profile as object).sort()).toEqual([...PROFILE_KEYS].sort());
    for (const list of ['appUserModelIds', 'desktopAppPaths', 'userAccounts']) {
      expect(Object.getPrototypeOf((profile as Record<string, unknown>)[list])).toBe(Array.prototype);
    }
  }
  expect(designDraftSchema.safeParse(design).success).toBe(true);
}

/** Line and column point inside the text (CR LF, CR and LF end a line; columns count code points). */
function expectXmlResult(result: XmlCheckResult, xml: string): void {
  if (result.ok) {
    expect(Object.keys(result)).toEqual(['ok']);
    return;
  }
  expect(typeof result.message).toBe('string');
  expect(result.message).toMatch(/^Line \d+, column \d+: /);
  const lines = xml.split(/\r\n|\r|\n/);
  expect(Number.isInteger(result.line) && result.line >= 1 && result.line <= lines.length).toBe(true);
  const line = lines[result.line - 1] ?? '';
  expect(Number.isInteger(result.column) && result.column >= 1 && result.column <= [...line].length + 1).toBe(true);
}

function checkFromGraphBody(json: unknown, limitMs = SMALL_MS): void {
  const result = bounded(limitMs, () => fromGraphBody(json));
  expect(Object.keys(result).sort()).toEqual(['design', 'findings']);
  expectFindings(result.findings);
  expectDesign(result.design);
  // A crash turned into a finding is still a crash: only hostile objects (throwing getters,
  // proxies) may end there, never JSON.
  expect(result.findings.filter((f) => f.code === 'import.internal')).toEqual([]);
}

/** `fromJson`: the body is JSON data, so lint.internal (a crash turned into a finding) is a bug. */
function checkLintRequestBody(body: unknown, limitMs = SMALL_MS, fromJson = true): Finding[] {
  const findings = bounded(limitMs, () => lintRequestBody(body));
  expectFindings(findings);
  if (fromJson) expect(findings.filter((f) => f.code === 'lint.internal')).toEqual([]);
  return findings;
}

function checkXml(xml: string, limitMs = boundFor(xml.length)): XmlCheckResult {
  const result = bounded(limitMs, () => checkXmlWellFormed(xml));
  expectXmlResult(result, xml);
  return result;
}

/** decodeTextFile then checkXmlWellFormed, as the .xml upload does; only TextFileError may escape. */
function checkXmlUpload(bytes: Uint8Array, limitMs = boundFor(bytes.length)): void {
  bounded(limitMs, () => {
    let text: string;
    try {
      text = decodeTextFile(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(TextFileError);
      expect((error as Error).message).not.toBe('');
      return;
    }
    expect(typeof text).toBe('string');
    expectXmlResult(checkXmlWellFormed(text), text);
  });
}

function checkDecodeBase64(b64: string, limitMs = boundFor(b64.length)): void {
  bounded(limitMs, () => {
    try {
      expect(typeof decodeBase64Utf8(b64)).toBe('string');
    } catch (error) {
      expect(error).toBeInstanceOf(Base64Error);
      expect(['invalid-base64', 'invalid-utf8']).toContain((error as Base64Error).reason);
    }
  });
}

/** importAssignedAccessXml: a design valid as a draft or a message, notes well-formed, no crash turned into a message. */
function checkImport(text: string, limitMs = boundFor(text.length)): void {
  const result = bounded(limitMs, () => importAssignedAccessXml(text));
  expect(typeof result.ok).toBe('boolean');
  expect(Array.isArray(result.notes)).toBe(true);
  for (const note of result.notes) {
    expect(Object.getPrototypeOf(note)).toBe(Object.prototype);
    expect(['lost', 'changed']).toContain(note.kind);
    expect(typeof note.code).toBe('string');
    expect(typeof note.message).toBe('string');
    if (note.line !== undefined) expect(Number.isInteger(note.line) && note.line >= 1).toBe(true);
  }
  if (result.ok) expectDesign(result.design);
  else {
    expect(typeof result.message).toBe('string');
    expect(result.message).not.toBe('');
    expect(result.message.startsWith('The XML could not be read ('), result.message).toBe(false);
  }
}

/** lintStartLayoutXml: findings with a location inside the text. */
function checkLayoutLint(xml: string, allowed: { appUserModelIds: string[]; desktopAppPaths: string[] } | null, limitMs = boundFor(xml.length)): void {
  const findings = bounded(limitMs, () => lintStartLayoutXml(xml, allowed));
  expect(Array.isArray(findings)).toBe(true);
  for (const finding of findings) {
    expect(['error', 'warning']).toContain(finding.severity);
    expect(typeof finding.code).toBe('string');
    expect(typeof finding.message).toBe('string');
    expect(Number.isInteger(finding.line) && finding.line >= 1).toBe(true);
    expect(Number.isInteger(finding.column) && finding.column >= 1).toBe(true);
    expect(finding.from >= 0 && finding.from <= finding.to && finding.to <= xml.length, `range ${finding.from}–${finding.to} in ${xml.length}`).toBe(true);
  }
}

// ——— arbitraries ———

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'polluted', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];
const SHAPE_KEYS = ['assignedAccessMultiModeProfiles', ...GRAPH_PROFILE_KEYS, '$schema'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
/** Any UTF-16 string: astral characters, controls, and lone surrogates. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.oneof(loneSurrogate, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }),
  fc.string({ unit: 'grapheme-ascii' }),
);
const key = fc.oneof(fc.constantFrom(...POLLUTION_KEYS, ...SHAPE_KEYS), anyString);

const anything = fc.anything({
  key,
  values: [anyString, fc.boolean(), fc.double(), fc.constant(null), fc.constant(undefined)],
  withNullPrototype: true,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 4,
});

/** JSON text with pollution keys as real own properties, as JSON.parse makes them. */
const parsedJson = fc.json({ maxDepth: 4 }).map((text) => JSON.parse(text.replaceAll('"a"', '"__proto__"')) as unknown);

const XML_TOKENS = [
  '<', '>', '</', '/>', '<a>', '</a>', '<a', '<b:c>', '</b:c>', ' xmlns:b="urn:b"', ' xmlns="urn:x"', ' x="1"', " y='2'", '=',
  '"', "'", '&', '&amp;', '&lt;', '&#169;', '&#x0;', '&#xD800;', '&lol;', '&constructor;', '&__proto__;', ';', '<!DOCTYPE a [',
  '<!ENTITY lol "lol">', ']>', '<![CDATA[', ']]>', '<!--', '-->', '--', '<?xml version="1.0"?>', '<?pi x?>', '?>', ' ', '\n',
  '\r', '\r\n', '\t', '\u0000', '\uFEFF', '\uD800', '😀', 'text',
  '<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" Version="1">',
  '</LayoutModificationTemplate>',
];
/** Text that looks enough like XML to reach saxes's deeper states. */
const xmlish = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...XML_TOKENS), anyString), { maxLength: 40 }).map((parts) => parts.join('')),
  anyString,
);

/** Base64 values for startMenuLayoutXml: of XML-ish text, of random bytes (often not UTF-8), or not base64. */
const layoutBase64 = fc.oneof(
  xmlish.map(encodeBase64Utf8),
  fc.uint8Array({ maxLength: 64 }).map(encodeBase64Bytes),
  fc.string({ unit: fc.constantFrom(...'AZaz09+/= \n\t-_%'.split('')) }),
  anyString,
);

const guidish = fc.oneof(fc.uuid().map(String), fc.uuid().map((id) => id.toUpperCase()), anyString);
const fieldValue = fc.oneof(anyString, anything, fc.constant(null));

/** A profile-shaped record: known keys with right-ish or wrong values, plus hostile extra keys. */
const profileLike = fc
  .tuple(
    fc.record(
      {
        '@odata.type': fc.oneof(fc.constant('#microsoft.graph.windowsAssignedAccessProfile'), fieldValue),
        id: fc.oneof(guidish, fieldValue),
        profileName: fc.oneof(anyString, fieldValue),
        showTaskBar: fc.oneof(fc.boolean(), fieldValue),
        appUserModelIds: fc.oneof(fc.array(anyString, { maxLength: 8 }), fc.array(fieldValue, { maxLength: 4 }), fieldValue),
        desktopAppPaths: fc.oneof(fc.array(anyString, { maxLength: 8 }), fieldValue),
        userAccounts: fc.oneof(fc.array(fc.oneof(anyString, fc.constant('  ')), { maxLength: 8 }), fieldValue),
        startMenuLayoutXml: fc.oneof(layoutBase64, fieldValue),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(key, fieldValue, { maxKeys: 4 }),
  )
  .map(([known, extra]) => Object.assign(extra, known));

const bodyLike = fc.oneof(
  fc.array(profileLike, { maxLength: 4 }).map((profiles) => ({ assignedAccessMultiModeProfiles: profiles })),
  fc
    .tuple(fc.array(fc.oneof(profileLike, fieldValue), { maxLength: 4 }), fc.dictionary(key, fieldValue, { maxKeys: 3 }))
    .map(([profiles, extra]) => Object.assign(extra, { assignedAccessMultiModeProfiles: profiles })),
  fc.array(profileLike, { maxLength: 3 }),
  profileLike,
  anything,
  parsedJson,
);

/** Through JSON and back, so the value is what an uploaded file would parse to; null-ish JSON for what JSON cannot hold (BigInt). */
function viaJson(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** Designs valid as drafts (what lintDesign is called with), with hostile strings and layouts. */
const draftDesign = fc.array(
  fc.record({
    id: guidish,
    profileName: fc.oneof(anyString, fc.constantFrom(...POLLUTION_KEYS)),
    showTaskBar: fc.boolean(),
    appUserModelIds: fc.array(fc.oneof(anyString, fc.constantFrom(...POLLUTION_KEYS, ' ', '')), { maxLength: 8 }),
    desktopAppPaths: fc.array(anyString, { maxLength: 8 }),
    userAccounts: fc.array(fc.oneof(anyString, fc.constant('AzureAD\\kiosk@contoso.com')), { maxLength: 8 }),
    startMenuLayoutXml: xmlish,
  }),
  { maxLength: 4 },
);

/** Real documents to mutate, so random edits reach the importer's and the layout rules' deeper paths. */
const ASSIGNED_ACCESS_SEEDS = Object.values(
  import.meta.glob<string>('./assigned-access/fixtures/*.xml', { query: '?raw', import: 'default', eager: true }),
);
const LAYOUT_SEED = [
  '<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification"',
  ' xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout"',
  ' xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout"',
  ' xmlns:taskbar="http://schemas.microsoft.com/Start/2014/TaskbarLayout" Version="1">',
  '<LayoutOptions StartTileGroupCellWidth="6" />',
  '<DefaultLayoutOverride><StartLayoutCollection><defaultlayout:StartLayout GroupCellWidth="6">',
  '<start:Group Name="Apps"><start:Tile Size="2x2" Column="0" Row="0" AppUserModelID="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App" />',
  '<start:DesktopApplicationTile Size="2x2" Column="2" Row="0" DesktopApplicationLinkPath="%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Notepad.lnk" />',
  '<start:Folder Name="F" Size="2x2" Column="4" Row="0"><start:Tile Size="1x1" Column="0" Row="0" AppUserModelID="A!b" /></start:Folder>',
  '</start:Group></defaultlayout:StartLayout></StartLayoutCollection></DefaultLayoutOverride>',
  '<CustomTaskbarLayoutCollection PinListPlacement="Replace"><defaultlayout:TaskbarLayout><taskbar:TaskbarPinList>',
  '<taskbar:DesktopApp DesktopApplicationID="Microsoft.Windows.Explorer" /><taskbar:UWA AppUserModelID="A!b" />',
  '</taskbar:TaskbarPinList></defaultlayout:TaskbarLayout></CustomTaskbarLayoutCollection></LayoutModificationTemplate>',
].join('\n');

/** A seed document with a few random edits: cuts, hostile tokens and random text spliced in. */
function mutated(seeds: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    cut: fc.nat({ max: 24 }),
    insert: fc.oneof(fc.constantFrom(...XML_TOKENS, ...POLLUTION_KEYS.map((k) => `<${k} ${k}="${k}"/>`)), anyString, fc.constant('')),
  });
  return fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([seed, edits]) => {
    let text = seed;
    for (const { at, cut, insert } of edits) {
      const index = Math.floor(at * text.length);
      text = text.slice(0, index) + insert + text.slice(index + cut);
    }
    return text;
  });
}

const allowedApps = fc.option(
  fc.record({ appUserModelIds: fc.array(fc.oneof(anyString, fc.constant('A!b')), { maxLength: 4 }), desktopAppPaths: fc.array(anyString, { maxLength: 4 }) }),
);

// ——— adversarial builders ———

const DEPTH = 10_000;

/** [[[…]]] DEPTH deep, built iteratively. */
function deepArray(depth = DEPTH, leaf: unknown = 'leaf'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** {"k":{"k":…}} DEPTH deep, built iteratively. */
function deepObject(keyName: string, depth = DEPTH, leaf: unknown = 'leaf'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = JSON.parse(`{${JSON.stringify(keyName)}:0}`, (_k, v: unknown) => (v === 0 ? value : v));
  return value;
}

function deepJson(depth = DEPTH): unknown[] {
  return [
    JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown,
    JSON.parse('{"__proto__":'.repeat(depth) + '{}' + '}'.repeat(depth)) as unknown,
    JSON.parse('{"assignedAccessMultiModeProfiles":['.repeat(depth) + ']}'.repeat(depth)) as unknown,
  ];
}

function deepBodies(): unknown[] {
  const deep = [deepArray(), deepObject('__proto__'), deepObject('assignedAccessMultiModeProfiles'), ...deepJson()];
  const bodies: unknown[] = [...deep];
  for (const value of deep) {
    bodies.push({
      assignedAccessMultiModeProfiles: [
        {
          id: value,
          profileName: value,
          showTaskBar: value,
          appUserModelIds: [value, 'App!x', value],
          desktopAppPaths: value,
          userAccounts: [value],
          startMenuLayoutXml: value,
          extra: value,
        },
        value,
      ],
      extra: value,
    });
  }
  return bodies;
}

const GUID = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
const LAYOUT_OPEN = '<LayoutModificationTemplate xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification" Version="1">';
const LAYOUT_CLOSE = '</LayoutModificationTemplate>';

function bodyWith(profile: Record<string, unknown>): unknown {
  return {
    assignedAccessMultiModeProfiles: [
      { '@odata.type': '#microsoft.graph.windowsAssignedAccessProfile', id: GUID, profileName: 'Kiosk', showTaskBar: true, ...profile },
    ],
  };
}

const BILLION_LAUGHS = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE lolz [',
  '  <!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
  ']>',
  '<lolz>&lol9;</lolz>',
].join('\n');

const XML_BOMBS: Record<string, string> = {
  'billion laughs': BILLION_LAUGHS,
  'billion laughs inside a layout': BILLION_LAUGHS.replace('<lolz>&lol9;</lolz>', `${LAYOUT_OPEN}&lol9;${LAYOUT_CLOSE}`),
  'quadratic blowup': `<!DOCTYPE a [<!ENTITY x "${'x'.repeat(100_000)}">]><a>${'&x;'.repeat(10_000)}</a>`,
  'external entity': '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>&xxe;</a>',
  'external DTD': '<!DOCTYPE a SYSTEM "http://example.invalid/evil.dtd"><a/>',
  'parameter entity': '<!DOCTYPE a [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]><a/>',
  'doctype after root': '<a/><!DOCTYPE a>',
  'entity without doctype': '<a>&lol9;&lol9;&lol9;</a>',
  'inherited names as entities': '<a>&constructor;&__proto__;&toString;&hasOwnProperty;</a>',
  'inherited names as prefixes': '<constructor:a xmlns:__proto__="u"><__proto__:b/><toString:c/></constructor:a>',
};

function manyAttributes(count: number, duplicate: boolean): string {
  const parts = [LAYOUT_OPEN.slice(0, -1)];
  for (let i = 0; i < count; i++) parts.push(` a${duplicate ? 0 : i}="${i}"`);
  return `${parts.join('')}>${LAYOUT_CLOSE}`;
}

function manyNamespaces(count: number): string {
  const parts = ['<r'];
  for (let i = 0; i < count; i++) parts.push(` xmlns:p${i}="urn:p${i}"`);
  return `${parts.join('')}><p${count - 1}:x/><q:y/></r>`;
}

const NESTED = 100_000;

const DEEP_XML: Record<string, string> = {
  'nested 100 000 deep, closed': '<a>'.repeat(NESTED) + '</a>'.repeat(NESTED),
  'nested 100 000 deep, never closed': '<a>'.repeat(NESTED),
  'nested 100 000 deep, wrong close at the bottom': '<a>'.repeat(NESTED) + '</b>' + '</a>'.repeat(NESTED),
  'nested 100 000 deep, unbound prefix at the bottom': '<a>'.repeat(NESTED) + '<p:b/>' + '</a>'.repeat(NESTED),
  'nested 100 000 deep with namespaces': '<a xmlns:p="urn:p">'.repeat(NESTED) + '</a>'.repeat(NESTED),
  '1 MB attribute value': `${LAYOUT_OPEN.slice(0, -1)} x="${'v'.repeat(1 << 20)}">${LAYOUT_CLOSE}`,
  '1 MB unterminated attribute value': `${LAYOUT_OPEN.slice(0, -1)} x="${'v'.repeat(1 << 20)}`,
  '1 MB attribute of entities': `<a x="${'&amp;'.repeat(200_000)}"/>`,
  '30 000 attributes': manyAttributes(30_000, false),
  '30 000 duplicate attributes': manyAttributes(30_000, true),
  '20 000 namespace declarations': manyNamespaces(20_000),
  '256 KB tag name': `<${'n'.repeat(1 << 18)}></${'n'.repeat(1 << 18)}>`,
  '256 KB tag name, mismatched close': `<${'n'.repeat(1 << 18)}></${'m'.repeat(1 << 18)}>`,
  '200 000 bare ampersands': `<a>${'& '.repeat(200_000)}</a>`,
  '200 000 ampersand runs without ";"': `<a>${'&aaaa'.repeat(200_000)}`,
  '256 KB entity-looking name': `<a>&${'e'.repeat(1 << 18)}</a>`,
  '100 000 unterminated comments': `<a>${'<!--'.repeat(NESTED)}`,
  '100 000 unterminated processing instructions': `${'<?'.repeat(NESTED)}`,
  '100 000 CDATA openers': `<a>${'<![CDATA['.repeat(NESTED)}`,
  '100 000 lines': `<a>${'\r\n'.repeat(NESTED)}</b>`,
  '100 000 astral characters before an error': `<a>${'😀'.repeat(NESTED)}</b>`,
};

function bytesOf(...chunks: (readonly number[] | Uint8Array)[]): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Byte sequences that are not UTF-8: overlong forms, encoded surrogates, stray continuation bytes, cut-off sequences. */
const INVALID_UTF8: Record<string, number[]> = {
  'lone continuation byte': [0x80],
  'overlong NUL': [0xc0, 0x80],
  'overlong slash': [0xe0, 0x80, 0xaf],
  'encoded surrogate': [0xed, 0xa0, 0x80],
  'above U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
  'truncated 3-byte': [0xe2, 0x82],
  'truncated 4-byte at end': [0xf0, 0x9f, 0x98],
  'FF FE FF': [0xff, 0xfe, 0xff],
  'FE FF odd length': [0xfe, 0xff, 0x00],
  'UTF-16LE lone surrogate': [0xff, 0xfe, 0x00, 0xd8, 0x3c, 0x00],
  'UTF-16BE no BOM, odd length': [0x00, 0x3c, 0x00],
  'UTF-8 BOM then Latin-1': [0xef, 0xbb, 0xbf, 0x3c, 0x61, 0xe9, 0x3e],
  'Windows-1252 text': [0x3c, 0x61, 0x3e, 0x93, 0x71, 0x94, 0x3c, 0x2f, 0x61, 0x3e],
};

// ——— properties ———

describe('fromGraphBody on random input', () => {
  it('never throws, returns a clean design and well-formed findings, pollutes nothing', () => {
    fc.assert(
      fc.property(bodyLike, (body) => {
        checkFromGraphBody(body);
        checkFromGraphBody(viaJson(body));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads fc.anything() and fc.jsonValue() without a crash', () => {
    fc.assert(
      fc.property(fc.oneof(anything, fc.jsonValue(), parsedJson), (value) => checkFromGraphBody(value)),
      { numRuns: RUNS },
    );
  });
});

describe('lintRequestBody on random input', () => {
  it('never throws; on JSON data never ends in lint.internal', () => {
    fc.assert(
      fc.property(bodyLike, (body) => {
        // Raw JS values (sparse arrays, BigInt, boxed values) may end in lint.internal; JSON may not.
        checkLintRequestBody(body, SMALL_MS, false);
        checkLintRequestBody(viaJson(body));
      }),
      { numRuns: RUNS },
    );
  });

  // Known bug in src/kiosk/start-layout/app-names.ts: fileNameOf strips trailing slashes with
  // /[\\/]+$/, which backtracks quadratically on a long run of "\" not at the end; lint calls it
  // for every desktop app path of a profile with a layout. 40 000 "\" + "x" take 17 s; 4 MB, hours.
  // Remove `.fails` once fileNameOf trims without a regex (see also src/regex-safety.test.ts).
  it('a desktop app path of 10 000 "\\" + "x" beside a layout is linted in bounded time', () => {
    checkLintRequestBody(bodyWith({ desktopAppPaths: ['\\'.repeat(10_000) + 'x'], startMenuLayoutXml: encodeBase64Utf8(`${LAYOUT_OPEN}${LAYOUT_CLOSE}`) }));
  });

  // Known bug in src/kiosk/rules/kiosk-rules.ts: textEntries maps a sparse list with list.map,
  // which keeps the hole; companions.ts then calls findIndex, which visits holes, and p.trim()
  // throws. lintRequestBody reports that as lint.internal and drops every other finding.
  // Remove `.fails` once textEntries uses Array.from(list, …).
  it('a sparse list such as desktopAppPaths [, "a"] is linted without lint.internal', () => {
    const sparse: unknown[] = [];
    sparse[1] = 'C:\\a.exe';
    checkLintRequestBody(bodyWith({ desktopAppPaths: sparse }));
  });
});

describe('lintDesign on designs that pass designDraftSchema', () => {
  it('never throws and never ends in lint.internal', () => {
    fc.assert(
      fc.property(draftDesign, (draft) => {
        expect(designDraftSchema.safeParse(draft).success).toBe(true);
        // lintDesign is typed for valid designs, but the designer lints drafts as the user types.
        const findings = bounded(SMALL_MS, () => lintDesign(draft as Design));
        expectFindings(findings);
        expect(findings.filter((f) => f.code === 'lint.internal')).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('XML import path (decodeTextFile + checkXmlWellFormed)', () => {
  it('random bytes: a string or a TextFileError, then a located verdict', () => {
    const bom = fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x3c, 0x00], [0x00, 0x3c]);
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 200 }), xmlish.map(utf8), fc.tuple(bom, fc.uint8Array({ maxLength: 100 })).map(([head, rest]) => bytesOf(head, rest))),
        (bytes) => checkXmlUpload(bytes),
      ),
      { numRuns: RUNS },
    );
  });

  it('random and mutated XML: never throws, the location is inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(xmlish, mutated([LAYOUT_SEED, ...ASSIGNED_ACCESS_SEEDS])), (xml) => {
        checkXml(xml);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('decodeBase64Utf8', () => {
  it('throws nothing but Base64Error', () => {
    fc.assert(fc.property(layoutBase64, (b64) => checkDecodeBase64(b64)), { numRuns: RUNS * 2 });
  });
});

describe('importAssignedAccessXml', () => {
  it('has fixtures to mutate', () => {
    expect(ASSIGNED_ACCESS_SEEDS.length).toBeGreaterThan(0);
    for (const seed of ASSIGNED_ACCESS_SEEDS) expect(importAssignedAccessXml(seed).ok).toBe(true);
  });

  it('random and mutated documents: a design or a message, never a crash', () => {
    const htmlEncoded = mutated(ASSIGNED_ACCESS_SEEDS).map((text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'));
    fc.assert(
      fc.property(fc.oneof(mutated(ASSIGNED_ACCESS_SEEDS), htmlEncoded, xmlish), (text) => checkImport(text)),
      { numRuns: RUNS },
    );
  });
});

describe('lintStartLayoutXml', () => {
  it('random and mutated layouts: findings located inside the text, never a crash', () => {
    fc.assert(
      fc.property(fc.oneof(mutated([LAYOUT_SEED]), xmlish), allowedApps, (xml, allowed) => checkLayoutLint(xml, allowed)),
      { numRuns: RUNS },
    );
  });
});

// ——— adversarial cases ———

describe('deep nesting (10 000 levels)', HEAVY, () => {
  const bodies = deepBodies();

  it('fromGraphBody reads it without a stack overflow', () => {
    for (const body of bodies) checkFromGraphBody(body, LARGE_MS);
  });

  it('lintRequestBody lints it without a stack overflow', () => {
    for (const body of bodies) checkLintRequestBody(body, LARGE_MS);
  });

  it('regression: JSON too deep for JSON.stringify is reported as too deep, not as BigInt or a cycle', () => {
    // JSON.parse reads 100 000 levels; JSON.stringify (used for the 4 MB check) overflows its stack.
    const deep = JSON.parse(`{"assignedAccessMultiModeProfiles":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`) as unknown;
    const notJson = checkLintRequestBody(deep, LARGE_MS).filter((f) => f.code === 'body.notJson');
    expect(notJson).toHaveLength(1);
    expect(notJson[0]?.message).toContain('nested too deeply');
    expect(lintRequestBody({ n: 1n }).find((f) => f.code === 'body.notJson')?.message).toContain('BigInt');
  });
});

describe('4 MB strings', HEAVY, () => {
  const huge = 'k'.repeat(MB4);
  const hugeUnicode = '😀\uD800'.repeat(MB4 / 3);
  const hugeLayoutXml = `${LAYOUT_OPEN}<!--${'x'.repeat(MB4)}-->${LAYOUT_CLOSE}`;
  const hugeLayout = encodeBase64Utf8(hugeLayoutXml);
  const bodies: Record<string, unknown> = {
    'profile name': bodyWith({ profileName: huge }),
    'unicode profile name': bodyWith({ profileName: hugeUnicode }),
    'id': bodyWith({ id: huge }),
    'list entry': bodyWith({ appUserModelIds: [huge, ` ${huge} `], userAccounts: [hugeUnicode] }),
    'unknown key': bodyWith({ [huge]: huge }),
    'layout base64 of a well-formed 4 MB layout': bodyWith({ startMenuLayoutXml: hugeLayout }),
    'layout base64, broken at the end': bodyWith({ startMenuLayoutXml: `${hugeLayout.slice(0, -8)}!!!!====` }),
    'layout base64 of invalid UTF-8': bodyWith({ startMenuLayoutXml: encodeBase64Bytes(new Uint8Array(MB4).fill(0xff)) }),
  };

  it.each(Object.entries(bodies))('%s: fromGraphBody and lintRequestBody finish', (_name, body) => {
    checkFromGraphBody(body, LARGE_MS);
    checkLintRequestBody(body, LARGE_MS);
  });

  it('XML text: checkXmlWellFormed and the importer finish, also on a huge unterminated comment', () => {
    expect(checkXml(hugeLayoutXml, LARGE_MS)).toEqual({ ok: true });
    expect(checkXml(hugeLayoutXml.slice(0, -LAYOUT_CLOSE.length - 3), LARGE_MS).ok).toBe(false);
    const seed = ASSIGNED_ACCESS_SEEDS[0] ?? '';
    checkImport(seed.replace('<Profiles>', `<Profiles><!--${huge}-->`).replace('<Account>', `<Account>${huge}`), LARGE_MS);
  });

  it('decodeTextFile: 4 MB of invalid UTF-8 is a TextFileError, 4 MB of UTF-16 is read', () => {
    checkXmlUpload(bytesOf(utf8(LAYOUT_OPEN), new Uint8Array(MB4).fill(0xc0), utf8(LAYOUT_CLOSE)), LARGE_MS);
    const utf16 = new Uint8Array(MB4);
    for (let i = 0; i < MB4; i += 2) utf16[i] = i < 2 ? 0x3c : 0x61; // "<aaaa…" little-endian, no BOM
    checkXmlUpload(utf16, LARGE_MS);
  });
});

describe('invalid UTF-8', () => {
  it.each(Object.entries(INVALID_UTF8))('%s: TextFileError from decodeTextFile, Base64Error from a layout', (_name, bytes) => {
    const file = bytesOf(utf8('<a>'), bytes, utf8('</a>'));
    checkXmlUpload(file);
    checkXmlUpload(new Uint8Array(bytes));
    const b64 = encodeBase64Bytes(file);
    checkDecodeBase64(b64);
    const findings = checkLintRequestBody(bodyWith({ startMenuLayoutXml: b64 }));
    checkFromGraphBody(bodyWith({ startMenuLayoutXml: b64 }));
    // A layout is always read as UTF-8 (NUL bytes, as in the UTF-16 cases, are valid UTF-8).
    let utf8Valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(file);
    } catch {
      utf8Valid = false;
    }
    expect(findings.map((f) => f.code).includes('layout.base64')).toBe(!utf8Valid);
    expect(fromGraphBody(bodyWith({ startMenuLayoutXml: b64 })).design[0]?.startMenuLayoutXml === '').toBe(!utf8Valid);
  });
});

describe('XML entity bombs and external entities', HEAVY, () => {
  it.each(Object.entries(XML_BOMBS))('%s: rejected quickly, nothing expanded', (name, xml) => {
    const result = checkXml(xml);
    expect(result.ok, name).toBe(false);
    const findings = checkLintRequestBody(bodyWith({ startMenuLayoutXml: encodeBase64Utf8(xml) }), boundFor(xml.length));
    expect(findings.map((f) => f.code)).toContain('layout.xml.malformed');
    checkLayoutLint(xml, null);
    checkXmlUpload(utf8(xml));
    checkImport(xml);
    // Inside an Assigned Access file, and HTML-encoded as the WMI bridge stores it.
    const seed = ASSIGNED_ACCESS_SEEDS[0] ?? '';
    const doctype = /<!DOCTYPE[\s\S]*?\]>|<!DOCTYPE[^>]*>/.exec(xml)?.[0] ?? '';
    const bomb = seed.replace(/<\?xml[^>]*\?>/, '').replace('<Account>', '<Account>&lol9;&xxe;');
    checkImport(doctype + bomb);
    checkImport((doctype + bomb).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'));
  });

  it('a DOCTYPE is named as the problem', () => {
    const result = checkXml(BILLION_LAUGHS);
    expect(result.ok === false && result.message).toContain('DOCTYPE');
  });
});

describe('deep and wide XML', HEAVY, () => {
  it.each(Object.entries(DEEP_XML))('%s: checkXmlWellFormed and the importer finish', (_name, xml) => {
    checkXml(xml, LARGE_MS);
    checkImport(xml, LARGE_MS);
  });

  it('regression: nesting is capped, so checking stays linear (100 000 nested <a> took minutes)', () => {
    const deep = checkXml('<a>'.repeat(100_000) + '</a>'.repeat(100_000));
    expect(deep.ok === false && deep.message).toContain('nested more than 32 levels deep');
    expect(deep).toMatchObject({ line: 1, column: 3 * 32 + 1 });
    expect(checkXml('<a>'.repeat(32) + '</a>'.repeat(32))).toEqual({ ok: true });
    // The worst case left: 1 MB of empty elements at the deepest level allowed.
    checkXml(`<r>${'<a>'.repeat(30)}${'<a/>'.repeat(250_000)}${'</a>'.repeat(30)}</r>`, LARGE_MS);
  });

  it('the wide cases also pass through the upload, layout lint and body lint paths', () => {
    for (const name of ['30 000 duplicate attributes', '1 MB attribute value']) {
      const xml = DEEP_XML[name] ?? '';
      checkXmlUpload(utf8(xml), LARGE_MS);
      checkLayoutLint(xml, null, LARGE_MS);
      checkLintRequestBody(bodyWith({ startMenuLayoutXml: encodeBase64Utf8(xml) }), LARGE_MS);
    }
  });

  // Known bug in src/kiosk/start-layout/layout-xml.ts (readXml): it runs saxes with namespaces on
  // the text without checkXmlWellFormed's depth cap, and saxes walks every open element per tag,
  // so lint time grows with depth²: 10 000 nested <a> (30 KB) take about a second, 100 000 take
  // minutes, and the designer lints on every keystroke. Remove `.fails` once readXml is capped.
  it('lintStartLayoutXml on 8 000 nested elements stays under the small-input bound', () => {
    checkLayoutLint('<a>'.repeat(8_000) + '</a>'.repeat(8_000), null);
  });
});

describe('prototype-pollution keys', () => {
  const payload = '{"polluted":"yes","toString":"x","hasOwnProperty":"x"}';
  const profile = `{
    "__proto__": ${payload},
    "constructor": {"prototype": ${payload}},
    "prototype": ${payload},
    "id": "${GUID}",
    "profileName": {"__proto__": ${payload}},
    "showTaskBar": {"__proto__": ${payload}},
    "appUserModelIds": {"__proto__": ["x"], "length": 1, "0": "App!x"},
    "desktopAppPaths": ["C:\\\\a.exe", {"__proto__": ${payload}}],
    "userAccounts": [{"constructor": {"prototype": ${payload}}}],
    "startMenuLayoutXml": {"__proto__": ${payload}}
  }`;
  const texts: Record<string, string> = {
    'every level': `{"__proto__": ${payload}, "constructor": {"prototype": ${payload}}, "assignedAccessMultiModeProfiles": [${profile}, {"__proto__": ${profile}}]}`,
    'bare list': `[${profile}]`,
    'single profile': profile,
    'only pollution keys': `{"__proto__": ${payload}, "constructor": ${payload}, "prototype": ${payload}}`,
    'list is __proto__': `{"assignedAccessMultiModeProfiles": {"__proto__": [${profile}]}}`,
  };

  it.each(Object.entries(texts))('%s: read and linted without touching any prototype', (name, text) => {
    const json = JSON.parse(text) as unknown;
    checkFromGraphBody(json);
    checkLintRequestBody(json);
    if (name === 'every level') {
      // The hostile keys are reported, by name, as unknown properties.
      expect(fromGraphBody(json).findings.map((f) => f.path)).toContain('/assignedAccessMultiModeProfiles/0/__proto__');
    }
  });

  it('inherited members are never read as fields', () => {
    // A profile whose only "fields" live on its prototype chain: nothing of them is read.
    const inherited = Object.create({ id: GUID, profileName: 'Inherited', showTaskBar: true, appUserModelIds: ['A!b'] }) as object;
    const { design } = fromGraphBody({ assignedAccessMultiModeProfiles: [inherited] });
    expect(design[0]?.profileName).toBe('');
    expect(design[0]?.appUserModelIds).toEqual([]);
  });

  it('element, attribute, prefix and entity names from Object.prototype in XML', () => {
    const names = POLLUTION_KEYS.filter((k) => k !== 'polluted');
    const tags = names.map((k) => `<${k} ${k}="1" xmlns:${k}="urn:${k}"><${k}:${k} ${k}:${k}="2"/>&${k};</${k}>`).join('');
    const seed = ASSIGNED_ACCESS_SEEDS[0] ?? '';
    for (const xml of [`<r>${tags}</r>`, seed.replace('<Profiles>', `<Profiles>${tags}`), seed.replace('<Config>', `<Config>${tags}`)]) {
      checkXml(xml);
      checkImport(xml);
      checkLayoutLint(xml, null);
    }
  });
});

describe('hostile objects (throwing getters, proxies, toJSON)', () => {
  const boom = () => {
    throw new Error('boom');
  };
  const hostile: Record<string, () => unknown> = {
    'getter that throws': () => ({ assignedAccessMultiModeProfiles: [Object.defineProperty({ id: GUID }, 'profileName', { get: boom, enumerable: true })] }),
    'proxy whose traps throw': () => new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom }),
    'toJSON that throws': () => ({ assignedAccessMultiModeProfiles: [], toJSON: boom }),
    'toJSON that returns a body': () => ({ toJSON: () => ({ assignedAccessMultiModeProfiles: [{ polluted: 1 }] }) }),
    'revoked proxy': () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return { assignedAccessMultiModeProfiles: [proxy] };
    },
    'cycle': () => {
      const body: Record<string, unknown> = { assignedAccessMultiModeProfiles: [] };
      (body.assignedAccessMultiModeProfiles as unknown[]).push({ id: GUID, profileName: 'x', showTaskBar: true, self: body });
      return body;
    },
  };

  it.each(Object.entries(hostile))('%s: never throws out of fromGraphBody or lintRequestBody', (_name, make) => {
    // Findings such as import.internal are allowed here: these are not JSON, so no file can hold them.
    const read = bounded(SMALL_MS, () => fromGraphBody(make()));
    expectFindings(read.findings);
    expectDesign(read.design);
    expectFindings(bounded(SMALL_MS, () => lintRequestBody(make())));
  });
});
