#!/usr/bin/env node
// Fails when the JavaScript the first screen needs grows past its budget (gzip):
// demo mode ≤ 200 KB, Entra mode ≤ 260 KB (KB = 1024 bytes). Reads Vite's build manifest: the
// entry chunk and everything it imports statically. In Entra mode MSAL (its own chunk) loads
// after the first screen (src/auth/deferred-entra-auth.tsx), so it is reported but not counted;
// the check fails if MSAL ever becomes part of the entry's static imports.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGETS = { demo: 200, entra: 260 };
const ENTRA_MODULE = 'src/auth/entra-auth.tsx';

let manifest;
try {
  manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
} catch {
  console.error('[size] dist/.vite/manifest.json is missing: run `npm run build` first.');
  process.exit(1);
}

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no entry ${key}`);
    seen.add(key);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return seen;
}

const gzip = (keys) => [...keys].reduce((total, key) => total + gzipSync(readFileSync(`dist/${manifest[key].file}`)).length, 0);

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
if (!entry) throw new Error('no index.html entry in the manifest');
const demoKeys = closure([entry]);
if (!manifest[ENTRA_MODULE]) throw new Error(`${ENTRA_MODULE} is not a separate chunk any more; update scripts/size-check.mjs`);
if (demoKeys.has(ENTRA_MODULE)) throw new Error(`${ENTRA_MODULE} is imported statically; it must load after the first screen`);
const withMsal = closure([entry, ENTRA_MODULE]);
// Entra mode's first screen is the same code as demo mode's: the demo tenant and MSAL are both lazy.
const entraKeys = demoKeys;

const results = { demo: gzip(demoKeys) / 1024, entra: gzip(entraKeys) / 1024 };
console.log(`[size] MSAL chunk, loaded after the first screen in Entra mode: ${((gzip(withMsal) - gzip(demoKeys)) / 1024).toFixed(1)} KB gzip`);
let failed = false;
for (const mode of ['demo', 'entra']) {
  const over = results[mode] > BUDGETS[mode];
  failed ||= over;
  console.log(`[size] initial JavaScript, ${mode} mode: ${results[mode].toFixed(1)} KB gzip (budget ${BUDGETS[mode]} KB)${over ? '  OVER BUDGET' : ''}`);
}
if (failed) {
  console.error('[size] Initial JavaScript is over budget. Load what the first screen does not need lazily (React.lazy / import()).');
  process.exit(1);
}
