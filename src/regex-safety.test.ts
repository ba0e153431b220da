// @vitest-environment node
// Every regular expression in the app's source is free of catastrophic backtracking (ReDoS).
// The regexes are found by parsing each non-test .ts/.tsx file under src/ with the TypeScript
// compiler (regex literals, and RegExp(…) / new RegExp(…) with a string-literal pattern), so a new
// one is checked the day it is written. The checker is recheck (https://makenowjust-labs.github.io/recheck/),
// which proves a pattern safe with automata theory or finds an attack string by fuzzing; it runs
// its native build when the platform package is installed and its pure-JS build otherwise.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostics } from 'recheck';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
/** Per pattern; a pattern that cannot be decided in this time fails the test like a vulnerable one. */
const CHECK_TIMEOUT_MS = 20_000;

interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function isTestFile(path: string): boolean {
  return /\.test\.tsx?$/.test(path) || path.endsWith('test-setup.ts');
}

/** Regex literals, and RegExp(…)/new RegExp(…) whose pattern (and flags, if any) are string literals. */
function findRegexes(file: string, text: string): { found: FoundRegex[]; dynamic: FoundRegex[] } {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: FoundRegex[] = [];
  const dynamic: FoundRegex[] = [];
  const lineOf = (node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const slash = node.text.lastIndexOf('/');
      found.push({ file, line: lineOf(node), source: node.text.slice(1, slash), flags: node.text.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      const literalFlags = flags === undefined ? '' : ts.isStringLiteralLike(flags) ? flags.text : undefined;
      if (pattern && ts.isStringLiteralLike(pattern) && literalFlags !== undefined) {
        found.push({ file, line: lineOf(node), source: pattern.text, flags: literalFlags });
      } else {
        dynamic.push({ file, line: lineOf(node), source: node.getText(sourceFile), flags: '' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { found, dynamic };
}

function collect(): { found: FoundRegex[]; dynamic: FoundRegex[] } {
  const found: FoundRegex[] = [];
  const dynamic: FoundRegex[] = [];
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path) && !isTestFile(path))
    .sort();
  for (const path of files) {
    const file = relative(ROOT, join(SRC, path)).replaceAll('\\', '/');
    const result = findRegexes(file, readFileSync(join(SRC, path), 'utf8'));
    found.push(...result.found);
    dynamic.push(...result.dynamic);
  }
  return { found, dynamic };
}

function describeDiagnostics(diagnostics: Diagnostics): string {
  switch (diagnostics.status) {
    case 'safe':
      return 'safe';
    case 'vulnerable':
      return `${diagnostics.complexity.type} backtracking (${diagnostics.complexity.summary}); attack: ${diagnostics.attack.pattern}`;
    case 'unknown':
      return `could not be decided (${diagnostics.error.kind}${'message' in diagnostics.error ? `: ${String(diagnostics.error.message)}` : ''})`;
  }
}

interface Vulnerable {
  file: string;
  line: number;
  /** `/source/flags` as written. */
  pattern: string;
  detail: string;
}

async function checkAll(regexes: readonly FoundRegex[]): Promise<Vulnerable[]> {
  // Identical patterns are checked once and reported at every place they occur.
  const byPattern = new Map<string, FoundRegex[]>();
  for (const regex of regexes) {
    const key = `/${regex.source}/${regex.flags}`;
    byPattern.set(key, [...(byPattern.get(key) ?? []), regex]);
  }
  const vulnerable: Vulnerable[] = [];
  for (const [pattern, places] of byPattern) {
    const first = places[0];
    if (!first) continue;
    // The g, y and d flags change what a match returns, not how it backtracks.
    const flags = first.flags.replace(/[gyd]/g, '');
    const diagnostics = await check(first.source, flags, { timeout: CHECK_TIMEOUT_MS });
    if (diagnostics.status === 'safe') continue;
    for (const place of places) vulnerable.push({ file: place.file, line: place.line, pattern, detail: describeDiagnostics(diagnostics) });
  }
  return vulnerable;
}

const show = (v: Vulnerable) => `${v.file}:${v.line} ${v.pattern} — ${v.detail}`;

/**
 * Reported to their owners and waiting for a fix; each is polynomial (not exponential) and listed
 * with the input that reaches it. The test fails on any vulnerable regex not listed here, and on a
 * listed one that is no longer found (fixed or moved: delete its line), so this list only shrinks.
 */
const KNOWN: readonly { file: string; pattern: string; why: string }[] = [];

describe('regular expressions in src/', () => {
  const { found } = collect();

  it('are found (so the check cannot silently stop checking)', () => {
    expect(found.length).toBeGreaterThan(10);
    expect(found.some((regex) => regex.file === 'src/kiosk/schema.ts')).toBe(true);
  });

  it('are free of catastrophic backtracking', { timeout: 300_000 }, async () => {
    const vulnerable = await checkAll(found);
    const isKnown = (v: Vulnerable) => KNOWN.some((k) => k.file === v.file && k.pattern === v.pattern);
    expect(vulnerable.filter((v) => !isKnown(v)).map(show)).toEqual([]);
    const stale = KNOWN.filter((k) => !vulnerable.some((v) => k.file === v.file && k.pattern === v.pattern));
    expect(stale.map((k) => `${k.file} ${k.pattern} is no longer found vulnerable: remove it from KNOWN`)).toEqual([]);
  });
});

describe('the check itself', () => {
  it('finds literals and RegExp calls with literal patterns, and sets dynamic ones aside', () => {
    const { found, dynamic } = findRegexes(
      'x.ts',
      ['const a = /^(a+)+$/i;', "const b = new RegExp('x*y', 'g');", 'const c = RegExp(`z+`);', 'const d = new RegExp(input);', "const e = '/not a regex/';"].join('\n'),
    );
    expect(found).toEqual([
      { file: 'x.ts', line: 1, source: '^(a+)+$', flags: 'i' },
      { file: 'x.ts', line: 2, source: 'x*y', flags: 'g' },
      { file: 'x.ts', line: 3, source: 'z+', flags: '' },
    ]);
    expect(dynamic.map((regex) => regex.line)).toEqual([4]);
  });

  it('fails on vulnerable patterns, naming the place and an attack', { timeout: 60_000 }, async () => {
    const failures = (
      await checkAll([
        { file: 'x.ts', line: 1, source: '^(a+)+$', flags: '' },
        { file: 'x.ts', line: 2, source: '^\\s*[^,]*\\s*,\\s*$', flags: 'g' },
        { file: 'x.ts', line: 3, source: '^[a-f0-9]{8}$', flags: '' },
      ])
    ).map(show);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/^x\.ts:1 \/\^\(a\+\)\+\$\/ — exponential backtracking/);
    expect(failures[1]).toMatch(/^x\.ts:2 .* — polynomial backtracking/);
  });
});
