// @vitest-environment node
// Hostile and broken config.json: parseRuntimeConfig and loadRuntimeConfig never throw (or
// reject), never hang, never write onto shared prototypes, and always return the documented
// shape. Random input from fast-check, plus a fake fetch that answers with random statuses,
// headers and bodies, or fails with anything at all.
// The time bounds are hang detectors, not speed tests: they are generous on purpose.
import { cpuUsage } from 'node:process';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLOUD_NAMES } from './clouds';
import type { ConfigEnv, RuntimeConfigResult } from './runtime-config';
import { loadRuntimeConfig, parseRuntimeConfig } from './runtime-config';

const SMALL_MS = 200;
const LARGE_MS = 2000;
const MB4 = 4 * 1024 * 1024;
const RUNS = 150;
const GUID = '11111111-2222-4333-8444-555555555555';

// ——— invariants ———

function snapshotPrototypes(): Map<string, unknown> {
  const snapshot = new Map<string, unknown>();
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
  expect(snapshotPrototypes()).toEqual(PRISTINE);
}

/** Fails when a call took `limitMs` of CPU or more (wall time first; other test files share the CPU). */
function expectWithin(limitMs: number, cpuStart: NodeJS.CpuUsage, wallStart: number): void {
  const elapsed = performance.now() - wallStart;
  if (elapsed < limitMs) return;
  const cpu = cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  expect(cpuMs, `call took ${elapsed.toFixed(0)} ms, ${cpuMs.toFixed(0)} ms of CPU (bound ${limitMs} ms)`).toBeLessThan(limitMs);
}

const CONFIG_KEYS = ['mode', 'clientId', 'tenantId', 'cloud', 'redirectUri'];

function expectResult(result: RuntimeConfigResult): void {
  expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  if (result.ok) {
    const { config } = result;
    expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
    for (const key of Reflect.ownKeys(config)) expect(CONFIG_KEYS).toContain(key);
    expect(['entra', 'demo']).toContain(config.mode);
    expect(CLOUD_NAMES).toContain(config.cloud);
    expect(typeof config.tenantId).toBe('string');
    expect(config.tenantId).not.toBe('');
    expect(config.mode === 'entra').toBe(typeof config.clientId === 'string');
    if (config.redirectUri !== undefined) expect(typeof config.redirectUri).toBe('string');
  } else {
    expect(Object.keys(result).sort()).toEqual(['ok', 'problems']);
    expect(result.problems.length).toBeGreaterThan(0);
    // One expect for all: 100 000 unknown keys make 100 000 problems.
    expect(result.problems.every((problem) => typeof problem === 'string' && problem !== '')).toBe(true);
  }
}

function checkParse(json: unknown, env: ConfigEnv = {}, limitMs = SMALL_MS): RuntimeConfigResult {
  const cpuStart = cpuUsage();
  const wallStart = performance.now();
  const result = parseRuntimeConfig(json, env);
  expectWithin(limitMs, cpuStart, wallStart);
  expectResult(result);
  expectNoPollution();
  return result;
}

// ——— arbitraries ———

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'polluted', 'toString', 'valueOf', 'hasOwnProperty'];
const FIELD_KEYS = ['clientId', 'tenantId', 'cloud', 'redirectUri', '$schema', 'ClientID', 'VITE_CLIENT_ID', 'tenant-id'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const anyString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.oneof(loneSurrogate, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }),
  fc.string({ unit: 'grapheme-ascii' }),
);
const key = fc.oneof(fc.constantFrom(...POLLUTION_KEYS, ...FIELD_KEYS), anyString);

/** Values near the valid ones (GUIDs, domains, cloud names, URLs) and far from them. */
const fieldValue = fc.oneof(
  fc.uuid().map(String),
  fc.domain(),
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
  fc.constantFrom('organizations', 'common', 'consumers', 'global', 'usgov', 'usgovdod', 'china', 'GCC High', ' ', '', 'javascript:alert(1)', 'https://login.microsoftonline.com/contoso.onmicrosoft.com'),
  fc.tuple(fc.constantFrom(' ', '\t', '\u00a0', '\uFEFF', ''), fc.uuid()).map(([pad, id]) => `${pad}${id}${pad}`),
  anyString,
  fc.anything({ key, withNullPrototype: true, withBigInt: true, withBoxedValues: true, maxDepth: 2 }),
);

const configObject = fc
  .tuple(fc.record({ clientId: fieldValue, tenantId: fieldValue, cloud: fieldValue, redirectUri: fieldValue, $schema: fieldValue }, { requiredKeys: [] }), fc.dictionary(key, fieldValue, { maxKeys: 3 }))
  .map(([known, extra]) => Object.assign(extra, known));

const configJson = fc.oneof(
  configObject,
  configObject.map((value) => {
    try {
      return JSON.parse(JSON.stringify(value)) as unknown;
    } catch {
      return null; // BigInt: not JSON
    }
  }),
  fc.json({ maxDepth: 3 }).map((text) => JSON.parse(text.replaceAll('"a"', '"__proto__"')) as unknown),
  fc.anything({ key, withNullPrototype: true, withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  fc.constant(undefined),
);

const envArb: fc.Arbitrary<ConfigEnv> = fc.record({ VITE_CLIENT_ID: fieldValue, VITE_TENANT_ID: fieldValue, VITE_CLOUD: fieldValue }, { requiredKeys: [] }) as fc.Arbitrary<ConfigEnv>;

/** Whatever a misbehaving fetch might throw or reject with. */
const thrown = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true }),
  fc.constantFrom<() => unknown>(
    () => new TypeError('Failed to fetch'),
    () => new DOMException('The operation was aborted.', 'AbortError'),
    () => Object.create(null) as unknown,
    () => Symbol('boom'),
    () => ({
      toString() {
        throw new Error('toString throws');
      },
    }),
    () => Object.assign(new Error('x'), { message: Symbol('not a string') }),
  ).map((make) => make()),
);

interface FakeAnswer {
  status: number;
  statusText: string;
  contentType: string | null;
  body: string;
  failText: { value: unknown } | null;
  failFetch: { value: unknown } | null;
}

const BOM = '\uFEFF';
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '{"n": 1n}'; // BigInt: not JSON, and not valid JSON text either
  }
}
const body = fc.oneof(
  configJson.map(jsonText),
  configJson.map((value) => BOM + jsonText(value)),
  fc.constantFrom('', '<!doctype html><html></html>', '  <html>', '{', '[]', 'null', '{"__proto__": {"polluted": 1}}', '{"constructor": {"prototype": {"polluted": 1}}}'),
  anyString,
);

const answer: fc.Arbitrary<FakeAnswer> = fc.record({
  status: fc.oneof(fc.constantFrom(200, 204, 301, 304, 400, 401, 403, 404, 500, 503), fc.integer({ min: 0, max: 999 })),
  statusText: fc.oneof(fc.constant(''), anyString),
  contentType: fc.option(fc.oneof(fc.constantFrom('application/json', 'text/html; charset=utf-8', 'text/plain'), anyString)),
  body,
  failText: fc.option(fc.record({ value: thrown })),
  failFetch: fc.option(fc.record({ value: thrown })),
});

/** A fetch that honours its AbortSignal, like the real one, and answers as told. */
function fakeFetch(a: FakeAnswer): typeof fetch {
  return (async () => {
    if (a.failFetch) throw a.failFetch.value;
    return {
      status: a.status,
      ok: a.status >= 200 && a.status < 300,
      statusText: a.statusText,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? a.contentType : null) },
      text: async () => {
        if (a.failText) throw a.failText.value;
        return a.body;
      },
    } as unknown as Response;
  }) as typeof fetch;
}

async function checkLoad(fetchFn: typeof fetch, env: ConfigEnv = {}, limitMs = SMALL_MS): Promise<RuntimeConfigResult> {
  const cpuStart = cpuUsage();
  const wallStart = performance.now();
  const result = await loadRuntimeConfig(fetchFn, 'config.json', env);
  expectWithin(limitMs, cpuStart, wallStart);
  expectResult(result);
  expectNoPollution();
  return result;
}

// ——— adversarial builders ———

function deepJsonTexts(depth = 10_000): string[] {
  return [
    '['.repeat(depth) + ']'.repeat(depth),
    '{"clientId":'.repeat(depth) + '"x"' + '}'.repeat(depth),
    '{"__proto__":'.repeat(depth) + '{}' + '}'.repeat(depth),
    `{"tenantId": ${'['.repeat(depth)}${']'.repeat(depth)}}`,
  ];
}

// ——— properties ———

describe('parseRuntimeConfig on random input', () => {
  it('never throws; returns a config or problems, pollutes nothing', () => {
    fc.assert(
      fc.property(configJson, envArb, (json, env) => {
        checkParse(json, env);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('never throws on hostile objects (throwing getters and proxies)', () => {
    const boom = () => {
      throw new Error('boom');
    };
    const hostile: unknown[] = [
      Object.defineProperty({}, 'clientId', { get: boom, enumerable: true }),
      new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom }),
      new Proxy({ clientId: GUID }, { ownKeys: () => [Symbol('s'), 'clientId'] }),
      new Proxy({}, { getPrototypeOf: () => Array.prototype }),
    ];
    for (const json of hostile) checkParse(json);
    checkParse({}, new Proxy({}, { get: boom }) as ConfigEnv);
  });
});

describe('loadRuntimeConfig with a fake fetch', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never rejects, whatever the status, headers, body or failure', async () => {
    await fc.assert(
      fc.asyncProperty(answer, envArb, async (a, env) => {
        await checkLoad(fakeFetch(a), env);
      }),
      { numRuns: RUNS },
    );
  });

  it('regression: a fetch failing with a value that cannot become text still gives a problem', async () => {
    // String(Object.create(null)) throws; so did loadRuntimeConfig's error message, and the promise rejected.
    const base: FakeAnswer = { status: 200, statusText: '', contentType: 'application/json', body: '{}', failText: null, failFetch: null };
    for (const value of [Object.create(null) as unknown, { toString: () => ({}) }, Object.assign(new Error('x'), { message: Symbol('s') })]) {
      const problems = [await checkLoad(fakeFetch({ ...base, failFetch: { value } })), await checkLoad(fakeFetch({ ...base, failText: { value } }))];
      for (const result of problems) expect(result.ok).toBe(false);
    }
  });

  it('a server that never answers ends in a problem after the timeout, not a hang', async () => {
    vi.useFakeTimers();
    const never: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    const pending = loadRuntimeConfig(never);
    await vi.advanceTimersByTimeAsync(10_000);
    const result = await pending;
    expectResult(result);
    expect(result.ok === false && result.problems[0]).toContain('no answer within 10 s');
  });
});

// ——— adversarial cases ———

describe('adversarial config.json', { timeout: 60_000 }, () => {
  const huge = 'x'.repeat(MB4);
  const hugeFields: Record<string, unknown> = {
    clientId: { clientId: huge },
    'clientId of spaces around a GUID': { clientId: ' '.repeat(MB4) + GUID },
    tenantId: { tenantId: huge },
    'tenantId of dots': { tenantId: 'a.'.repeat(MB4 / 2) },
    'tenantId of dashes': { tenantId: `a${'-'.repeat(MB4)}a.com` },
    cloud: { cloud: huge },
    redirectUri: { redirectUri: `https://x.com/${huge}#f` },
    'unknown key': { [huge]: 1 },
    'many unknown keys': Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`VITE_key_${i}`, i])),
  };

  it.each(Object.entries(hugeFields))('4 MB %s: checked in bounded time', (_name, json) => {
    checkParse(json, {}, LARGE_MS);
  });

  it('4 MB env values are checked in bounded time', () => {
    checkParse({}, { VITE_CLIENT_ID: huge, VITE_TENANT_ID: 'a.'.repeat(MB4 / 2), VITE_CLOUD: huge }, LARGE_MS);
  });

  it('a 4 MB config.json body is loaded in bounded time', async () => {
    const base: FakeAnswer = { status: 200, statusText: 'OK', contentType: 'application/json', body: '', failText: null, failFetch: null };
    await checkLoad(fakeFetch({ ...base, body: JSON.stringify({ tenantId: huge }) }), {}, LARGE_MS);
    await checkLoad(fakeFetch({ ...base, body: `{"clientId": "${huge}` }), {}, LARGE_MS);
    await checkLoad(fakeFetch({ ...base, contentType: 'text/html', body: ' '.repeat(MB4) + '<html>' }), {}, LARGE_MS);
  });

  it.each(deepJsonTexts())('10 000-deep JSON is checked without a stack overflow (%#)', async (text) => {
    checkParse(JSON.parse(text) as unknown, {}, LARGE_MS);
    const base: FakeAnswer = { status: 200, statusText: 'OK', contentType: 'application/json', body: text, failText: null, failFetch: null };
    await checkLoad(fakeFetch(base), {}, LARGE_MS);
  });

  it('prototype-pollution keys at every level', () => {
    const payload = '{"polluted": "yes", "clientId": "11111111-2222-4333-8444-555555555555"}';
    const texts = [
      `{"__proto__": ${payload}}`,
      `{"constructor": {"prototype": ${payload}}}`,
      `{"prototype": ${payload}, "tenantId": {"__proto__": ${payload}}, "cloud": {"constructor": {"prototype": ${payload}}}}`,
      `{"clientId": "${GUID}", "__proto__": {"redirectUri": "javascript:alert(1)"}}`,
    ];
    for (const text of texts) {
      const result = checkParse(JSON.parse(text) as unknown);
      // An own "__proto__" key is an unknown field, never the prototype of anything read.
      expect(result.ok).toBe(false);
    }
    // Keys found only on the prototype chain are not fields of the file.
    const inherited = checkParse(Object.create({ clientId: GUID }) as unknown);
    expect(inherited.ok && inherited.config.mode).toBe('demo');
  });
});
