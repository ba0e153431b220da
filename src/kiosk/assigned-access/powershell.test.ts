import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { powerShellLiteral, powerShellSingleQuoted } from './powershell';

const QUOTES = "'\u2018\u2019\u201A\u201B";

/**
 * Reads a literal back the way PowerShell's tokenizer does: a single-quoted here-string ends at the
 * first line that starts with a quote character and "@"; in a single-quoted string a quote
 * character followed by another one stands for the second, a lone one ends the string.
 */
function readLiteral(literal: string): string {
  if (literal.startsWith("@'\n")) {
    const lines = literal.slice(3).split('\n');
    const end = lines.findIndex((line) => QUOTES.includes(line[0] ?? '') && line[1] === '@');
    expect(end).toBe(lines.length - 1);
    expect(lines[end]).toBe("'@");
    return lines.slice(0, end).join('\n');
  }
  expect(literal[0]).toBe("'");
  let out = '';
  for (let i = 1; i < literal.length; i++) {
    const c = literal[i] ?? '';
    if (QUOTES.includes(c)) {
      const next = literal[i + 1] ?? '';
      if (!QUOTES.includes(next) || next === '') {
        expect(i).toBe(literal.length - 1);
        return out;
      }
      out += next;
      i++;
    } else {
      out += c;
    }
  }
  throw new Error('unterminated string');
}

describe('PowerShell literals', () => {
  it('use a here-string for ordinary text, verbatim', () => {
    expect(powerShellLiteral('{\n  "a": "it\'s $x `y`"\n}')).toBe("@'\n{\n  \"a\": \"it's $x `y`\"\n}\n'@");
  });

  it("fall back to a quoted string when a line starts with '@ (or a typographic quote and @)", () => {
    expect(powerShellLiteral("a\n'@ b")).toBe("'a\n''@ b'");
    expect(powerShellLiteral('a\n  \u2019@')).toBe("'a\n  \u2019\u2019@'");
    expect(powerShellSingleQuoted("it's")).toBe("'it''s'");
  });

  it('read back to exactly the text, whatever it holds', () => {
    const text = fc.array(fc.oneof(fc.constantFrom("'@", '\u2018@', "'", '\u201B', '@', '\n', '"@', '$x', '`'), fc.string()), { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        fc.pre(!value.includes('\r'));
        expect(readLiteral(powerShellLiteral(value))).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});
