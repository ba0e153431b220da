// Small URL text helper shared by the snippets and the Graph client.

/** Drops trailing '/' characters (a loop: the regex /\\/+$/ backtracks quadratically). */
export function trimTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '/') end--;
  return text.slice(0, end);
}
