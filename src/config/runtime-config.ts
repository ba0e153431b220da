// Runtime configuration: the zod schema of /config.json, the build-time env fallbacks
// (VITE_CLIENT_ID, VITE_TENANT_ID, VITE_CLOUD) and the loader that main.tsx calls before rendering.
// One build can be pointed at any tenant or cloud by editing config.json next to index.html;
// without a client id anywhere the app runs in demo mode against the fake tenant.
// Every problem is a sentence an admin can act on: which field, what it holds, what it should hold.
import * as z from 'zod/mini';
import { GUID_PATTERN } from '../kiosk';
import type { CloudName } from './clouds';
import { CLOUD_NAMES } from './clouds';

export interface RuntimeConfig {
  /** 'entra' when a client id is configured; 'demo' runs against the built-in fake tenant. */
  mode: 'entra' | 'demo';
  clientId?: string;
  /** Tenant GUID, verified domain (contoso.onmicrosoft.com), 'organizations' or 'common'. */
  tenantId: string;
  cloud: CloudName;
  redirectUri?: string;
}

export interface ConfigEnv {
  VITE_CLIENT_ID?: string;
  VITE_TENANT_ID?: string;
  VITE_CLOUD?: string;
}

export type RuntimeConfigResult = { ok: true; config: RuntimeConfig } | { ok: false; problems: string[] };

export const DEFAULT_TENANT_ID = 'organizations';
export const DEFAULT_CLOUD: CloudName = 'global';

type FieldName = 'clientId' | 'tenantId' | 'cloud' | 'redirectUri';
const FIELD_NAMES: readonly FieldName[] = ['clientId', 'tenantId', 'cloud', 'redirectUri'];
/** Keys accepted but ignored, so editors can attach a JSON schema. */
const IGNORED_KEYS: readonly string[] = ['$schema'];

const ENV_NAMES: Readonly<Record<Exclude<FieldName, 'redirectUri'>, keyof ConfigEnv>> = {
  clientId: 'VITE_CLIENT_ID',
  tenantId: 'VITE_TENANT_ID',
  cloud: 'VITE_CLOUD',
};

// ---------- field rules ----------
// Each schema's error message is the "what is expected" half of a sentence; describeIssue adds
// the field name and the value it received.

/** '' and whitespace-only strings mean "not set" (common in .env files and templates). */
function blankAsAbsent(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

const TEXT_EXPECTED = 'text in double quotes';

// Application (client) ID of the app registration, shown on its Overview page:
// https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app
const clientIdSchema = z.string({ error: TEXT_EXPECTED }).check(
  z.trim(),
  z.regex(GUID_PATTERN, {
    error: 'the Application (client) ID of your app registration, a GUID like 00000000-0000-0000-0000-000000000000',
  }),
);

// Tenant forms MSAL accepts in an authority: tenant GUID, a verified domain, or a multi-tenant alias.
// 'consumers' is refused: Intune Graph APIs do not support personal Microsoft accounts.
// https://learn.microsoft.com/en-us/entra/identity-platform/msal-client-application-configuration#authority
const DOMAIN_PATTERN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const TENANT_EXPECTED =
  "your tenant ID (a GUID), a verified domain such as contoso.onmicrosoft.com, or 'organizations' / 'common'";
const tenantIdSchema = z.pipe(
  z.string({ error: TEXT_EXPECTED }).check(
    z.trim(),
    z.superRefine((value, ctx) => {
      const lower = value.toLowerCase();
      if (GUID_PATTERN.test(value) || lower === 'organizations' || lower === 'common' || DOMAIN_PATTERN.test(value)) return;
      let hint = '';
      if (lower === 'consumers') hint = ' (personal Microsoft accounts cannot manage Intune)';
      else if (lower.includes('://') || lower.includes('/')) hint = ' — only the tenant, not the whole login URL';
      ctx.addIssue({ code: 'custom', message: `${TENANT_EXPECTED}${hint}`, input: value });
    }),
  ),
  z.transform((value: string) => (GUID_PATTERN.test(value) ? value : value.toLowerCase())),
);

/** Names people use for the clouds → our value. Only used for a hint; they are not accepted. */
const CLOUD_ALIASES: Readonly<Record<string, CloudName>> = {
  public: 'global',
  commercial: 'global',
  gcc: 'global',
  azurecloud: 'global',
  azurepubliccloud: 'global',
  gcchigh: 'usgov',
  usgovernment: 'usgov',
  azureusgovernment: 'usgov',
  l4: 'usgov',
  dod: 'usgovdod',
  l5: 'usgovdod',
  azurechinacloud: 'china',
  '21vianet': 'china',
  mooncake: 'china',
};
const CLOUD_EXPECTED = 'one of global, usgov (GCC High), usgovdod (DoD) or china (21Vianet)';
const cloudSchema = z.pipe(
  z.string({ error: TEXT_EXPECTED }).check(
    z.trim(),
    z.superRefine((value, ctx) => {
      if ((CLOUD_NAMES as readonly string[]).includes(value)) return;
      const key = value.toLowerCase().replace(/[\s_-]/g, '');
      const near = (CLOUD_NAMES as readonly string[]).includes(key) ? key : CLOUD_ALIASES[key];
      const hint = near ? ` — did you mean '${near}'?` : '';
      ctx.addIssue({ code: 'custom', message: `${CLOUD_EXPECTED}${hint}`, input: value });
    }),
  ),
  z.transform((value: string) => value as CloudName),
);

// SPA redirect URIs: absolute http(s) URLs without a fragment, registered under
// "Single-page application" in the app registration.
// https://learn.microsoft.com/en-us/entra/identity-platform/reply-url
const redirectUriSchema = z.string({ error: TEXT_EXPECTED }).check(
  z.trim(),
  z.superRefine((value, ctx) => {
    const expected = 'an absolute http(s) URL such as https://kiosk.contoso.com/ (registered as a Single-page application redirect URI)';
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: expected, input: value });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') ctx.addIssue({ code: 'custom', message: expected, input: value });
    else if (url.hash !== '') ctx.addIssue({ code: 'custom', message: `${expected}, without a #fragment`, input: value });
  }),
);

const FIELD_SCHEMAS = {
  clientId: z.pipe(z.transform(blankAsAbsent), z.optional(clientIdSchema)),
  tenantId: z.pipe(z.transform(blankAsAbsent), z.optional(tenantIdSchema)),
  cloud: z.pipe(z.transform(blankAsAbsent), z.optional(cloudSchema)),
  redirectUri: z.pipe(z.transform(blankAsAbsent), z.optional(redirectUriSchema)),
};

/** Schema of config.json. Unknown keys are rejected (a typo would otherwise silently mean "demo mode"). */
export const runtimeConfigFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  ...FIELD_SCHEMAS,
});

export type RuntimeConfigFile = z.infer<typeof runtimeConfigFileSchema>;

// ---------- messages ----------

/** A short, quoted rendering of any value for a problem sentence. Never throws. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
      return value.trim() === '' ? `${shown} (empty)` : shown;
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${String(value)} (a ${typeof value === 'boolean' ? 'true/false value' : 'number'})`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function normalizedKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/[\s_-]/g, '')
    .replace(/^vite/, '');
}

/** Known field names that match `key` ignoring case, '-', '_' and a VITE_ prefix. */
export function suggestField(key: string): string | undefined {
  const wanted = normalizedKey(key);
  return FIELD_NAMES.find((field) => normalizedKey(field) === wanted);
}

function unknownKeyProblem(key: string): string {
  const near = suggestField(key);
  const label = `config.json has an unknown field '${key}'`;
  if (near) return `${label} — did you mean '${near}'? Field names are case-sensitive.`;
  return `${label}. The fields it understands are clientId, tenantId, cloud and redirectUri; remove or rename it.`;
}

function sentence(where: string, value: unknown, expected: string): string {
  return `${where} is ${showValue(value)}, but it must be ${expected}${/[.?]$/.test(expected) ? '' : '.'}`;
}

function topLevelProblem(json: unknown): string {
  return `config.json must hold one JSON object such as {"clientId": "…", "tenantId": "contoso.onmicrosoft.com"}, but it holds ${showValue(json)}.`;
}

// ---------- parsing ----------

interface Source<T> {
  value?: T;
  problems: string[];
}

function checkEnv<T>(schema: z.ZodMiniType<T | undefined>, name: string, raw: unknown): Source<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data === undefined ? { problems: [] } : { value: result.data, problems: [] };
  return { problems: result.error.issues.map((issue) => sentence(`Build-time variable ${name}`, raw, issue.message)) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates config.json (already JSON-parsed; `undefined` = no file) and merges it with the
 * build-time env. File values win; env values are fallbacks; no clientId anywhere → demo mode.
 * Never throws.
 */
export function parseRuntimeConfig(json: unknown, env: ConfigEnv = {}): RuntimeConfigResult {
  try {
    return parseUnsafe(json, env);
  } catch (error) {
    // Only reachable through exotic inputs (e.g. proxies with throwing traps); keep the promise anyway.
    return { ok: false, problems: [`config.json could not be checked (${errorText(error)}). Make it a plain JSON object.`] };
  }
}

function parseUnsafe(input: unknown, env: ConfigEnv): RuntimeConfigResult {
  // Own keys only: a field inherited from a polluted Object.prototype is not in the file.
  const json = isPlainObject(input) ? (Object.assign(Object.create(null), input) as Record<string, unknown>) : input;
  const problems: string[] = [];
  let file: RuntimeConfigFile = {};
  if (json !== undefined) {
    if (!isPlainObject(json)) return { ok: false, problems: [topLevelProblem(json)] };
    const parsed = runtimeConfigFileSchema.safeParse(json, { reportInput: true });
    if (parsed.success) {
      file = parsed.data;
    } else {
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) if (!IGNORED_KEYS.includes(key)) problems.push(unknownKeyProblem(key));
        } else {
          const field = String(issue.path[0] ?? '');
          problems.push(sentence(`config.json field '${field}'`, issue.input, issue.message));
        }
      }
    }
  }

  // An env value is only checked when the file does not set that field: it is not used otherwise.
  const fileHas = (field: FieldName) => isPlainObject(json) && blankAsAbsent(json[field]) !== undefined;
  const fromEnv = <T>(field: keyof typeof ENV_NAMES, schema: z.ZodMiniType<T | undefined>): T | undefined => {
    const name = ENV_NAMES[field];
    const checked = checkEnv(schema, name, env[name]);
    problems.push(...checked.problems);
    return checked.value;
  };

  const clientId = fileHas('clientId') ? file.clientId : fromEnv('clientId', FIELD_SCHEMAS.clientId);
  const tenantId = fileHas('tenantId') ? file.tenantId : fromEnv('tenantId', FIELD_SCHEMAS.tenantId);
  const cloud = fileHas('cloud') ? file.cloud : fromEnv('cloud', FIELD_SCHEMAS.cloud);

  if (problems.length > 0) return { ok: false, problems };

  const config: RuntimeConfig = {
    mode: clientId ? 'entra' : 'demo',
    tenantId: tenantId ?? DEFAULT_TENANT_ID,
    cloud: cloud ?? DEFAULT_CLOUD,
  };
  if (clientId) config.clientId = clientId;
  if (file.redirectUri) config.redirectUri = file.redirectUri;
  return { ok: true, config };
}

// ---------- loading ----------

const LOAD_TIMEOUT_MS = 10_000;

/**
 * Fetches and checks config.json. A 404 (or an HTML page served in its place by an SPA
 * fallback) means "no config file": env values only, demo mode without a client id.
 * Never throws: network failures, other HTTP errors and bad JSON become problems.
 */
export async function loadRuntimeConfig(
  fetchFn: typeof fetch,
  url = 'config.json',
  env: ConfigEnv = {},
): Promise<RuntimeConfigResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), LOAD_TIMEOUT_MS);
  try {
    let response: Response;
    try {
      response = await fetchFn(url, { cache: 'no-store', headers: { Accept: 'application/json' }, signal: controller.signal });
    } catch (error) {
      const detail = controller.signal.aborted ? `no answer within ${LOAD_TIMEOUT_MS / 1000} s` : errorText(error);
      return { ok: false, problems: [`${url} could not be loaded (${detail}). Check that the site is reachable and reload the page.`] };
    }
    if (response.status === 404) return parseRuntimeConfig(undefined, env);
    if (!response.ok) {
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      return {
        ok: false,
        problems: [`${url} could not be loaded: the server answered ${response.status}${statusText}. Check the file's permissions on the web server, or delete it to use the build-time settings.`],
      };
    }
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType.includes('text/html') && text.trimStart().startsWith('<')) return parseRuntimeConfig(undefined, env);
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, problems: [`${url} is not valid JSON: ${errorText(error)}. Fix the file (a JSON validator shows the exact spot) and reload.`] };
    }
    return parseRuntimeConfig(json, env);
  } catch (error) {
    return { ok: false, problems: [`${url} could not be read (${errorText(error)}). Reload the page.`] };
  } finally {
    clearTimeout(timer);
  }
}

/** Never throws: String() throws for null-prototype objects and Symbols in a template. */
function errorText(error: unknown): string {
  try {
    return String(error instanceof Error ? error.message : error);
  } catch {
    return 'unexpected error';
  }
}
