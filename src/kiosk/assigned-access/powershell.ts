// PowerShell string literals that hold any text verbatim: the body of a Graph request or an
// Assigned Access XML document, embedded in a generated script.
// Quoting rules: https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules

/**
 * PowerShell treats the typographic quotes ‘ ’ ‚ ‛ exactly like the ASCII apostrophe: each one
 * ends a single-quoted string unless doubled, and each can close a here-string.
 */
const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/** A line that would end a single-quoted here-string early: a quote followed by @ at its start. */
const HERE_STRING_END = /^[ \t]*['\u2018\u2019\u201A\u201B]@/m;

/** `'text'` with every single-quote character doubled; may span lines. */
export function powerShellSingleQuoted(text: string): string {
  return `'${text.replace(SINGLE_QUOTES, (quote) => quote + quote)}'`;
}

/**
 * The most readable literal whose value is exactly `text`: a single-quoted here-string
 * (@' … '@, no escapes, no variable expansion) when no line of `text` could close it early
 * (a line starting with '@; PowerShell 7 also accepts leading blanks), else a plain
 * single-quoted string with quotes doubled.
 */
export function powerShellLiteral(text: string): string {
  if (HERE_STRING_END.test(text) || text.includes('\r')) return powerShellSingleQuoted(text);
  return `@'\n${text}\n'@`;
}
