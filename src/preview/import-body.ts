// Reads a request body chosen or pasted by the admin into a design, or explains why it can't.
// Nothing is applied unless the whole body could be read without errors.
import { decodeTextFile, fromGraphBody, type Design, type Finding } from '../kiosk';

export type ImportResult =
  | { ok: true; design: Design; warnings: Finding[] }
  | { ok: false; message: string; findings: Finding[] };

export function importBodyText(text: string, source: string): ImportResult {
  if (text.trim() === '') return { ok: false, message: `${source} is empty. Choose a kiosk-profiles.json file or paste a request body.`, findings: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `${source} is not valid JSON (${detail}). Use a body downloaded from this designer or copied from a Graph request.`,
      findings: [],
    };
  }
  const { design, findings } = fromGraphBody(json);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    return {
      ok: false,
      message: `${source} was not imported: ${errors.length === 1 ? 'it has a problem' : `it has ${errors.length} problems`} that would lose or change data. Fix ${errors.length === 1 ? 'it' : 'them'} and try again.`,
      findings: errors,
    };
  }
  if (design.length === 0) {
    return { ok: false, message: `${source} holds no profiles, so there is nothing to import.`, findings: [] };
  }
  return { ok: true, design, warnings: findings };
}

export function importBodyFile(name: string, bytes: Uint8Array): ImportResult {
  let text: string;
  try {
    text = decodeTextFile(bytes);
  } catch (error) {
    return { ok: false, message: `"${name}" was not imported: ${error instanceof Error ? error.message : String(error)}`, findings: [] };
  }
  return importBodyText(text, `"${name}"`);
}
