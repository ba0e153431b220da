// Request snippets: the exact request on screen (URL and body) as curl, Microsoft Graph PowerShell
// SDK and JavaScript fetch code, for admins who push from a pipeline or a console. Each sends the
// body text byte for byte as given (the designer's JSON.stringify(toGraphBody(design), null, 2)).
// None ever holds a token: curl and fetch read GRAPH_TOKEN from the environment, PowerShell signs
// in with Connect-MgGraph.
// Invoke-MgGraphRequest: https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/invoke-mggraphrequest
// Connect-MgGraph -Environment: https://learn.microsoft.com/powershell/microsoftgraph/authentication-commands#using-connect-mggraph-in-national-clouds
import { trimTrailingSlashes } from './url';
import { powerShellLiteral, powerShellSingleQuoted } from './assigned-access/powershell';

/** Get-MgEnvironment names of the national clouds. */
export type GraphEnvironment = 'Global' | 'USGov' | 'USGovDoD' | 'China';

/** Least-privileged delegated permission of the assignedAccessMultiModeProfiles action (and of creating a custom configuration). */
export const SNIPPET_SCOPE = 'DeviceManagementConfiguration.ReadWrite.All';

export interface RequestSnippetInput {
  /** Graph beta root of the cloud, e.g. https://graph.microsoft.com/beta. */
  baseUrl: string;
  /** Path below baseUrl, e.g. from actionPath(): /deviceManagement/deviceConfigurations/{id}/assignedAccessMultiModeProfiles. */
  path: string;
  environment: GraphEnvironment;
  /** The body exactly as it is to be sent. */
  bodyText: string;
  /** What the request does, for the snippet's first comment line; default "POST the kiosk profiles". */
  purpose?: string;
}

function fullUrl(input: RequestSnippetInput): string {
  return trimTrailingSlashes(input.baseUrl) + input.path;
}

/** 'text' for POSIX shells: nothing inside single quotes is special except the quote itself. */
export function shellSingleQuoted(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** A here-document delimiter that no line of `text` equals. */
function heredocDelimiter(text: string): string {
  const lines = new Set(text.split('\n'));
  let delimiter = 'KIOSK_BODY_JSON';
  for (let n = 2; lines.has(delimiter); n++) delimiter = `KIOSK_BODY_JSON_${n}`;
  return delimiter;
}

/** The Graph resource (scheme and host) for an access token, e.g. https://graph.microsoft.com. */
function graphResource(baseUrl: string): string {
  const match = /^https?:\/\/[^/]+/.exec(baseUrl);
  return match ? match[0] : 'https://graph.microsoft.com';
}

/**
 * curl in a POSIX shell (bash, zsh, dash; Git Bash or WSL on Windows). The body comes from a quoted
 * here-document (nothing in it is expanded) and is piped to --data-binary @-; the here-document's
 * final newline is removed on the way, so Graph receives exactly `bodyText`.
 */
export function curlSnippet(input: RequestSnippetInput): string {
  const { bodyText } = input;
  const delimiter = heredocDelimiter(bodyText);
  // $(…) drops every trailing newline; a body that ends in newlines needs a marker to keep them.
  const reader = bodyText.endsWith('\n')
    ? `{ body=$(cat; echo .); printf '%s' "\${body%?.}"; }`
    : `{ printf '%s' "$(cat)"; }`;
  return [
    `# ${input.purpose ?? 'POST the kiosk profiles'} with curl (bash, zsh or Git Bash).`,
    `# GRAPH_TOKEN must hold an access token for Microsoft Graph with ${SNIPPET_SCOPE}, for example:`,
    `#   export GRAPH_TOKEN="$(az account get-access-token --resource ${graphResource(input.baseUrl)} --query accessToken --output tsv)"`,
    '# The body is sent exactly as shown: the final newline of the here-document is removed.',
    `${reader} <<'${delimiter}' |`,
    bodyText,
    delimiter,
    `curl --globoff --request POST ${shellSingleQuoted(fullUrl(input))} \\`,
    `  --header "Authorization: Bearer \${GRAPH_TOKEN:?Set GRAPH_TOKEN to an access token for Microsoft Graph}" \\`,
    "  --header 'Content-Type: application/json' \\",
    "  --header 'Accept: application/json' \\",
    '  --data-binary @- \\',
    "  --write-out '\\nHTTP status %{http_code}\\n'",
    '',
  ].join('\n');
}

/**
 * Microsoft Graph PowerShell SDK: Connect-MgGraph for the cloud's environment with the one scope,
 * the body in a single-quoted here-string (no escapes, no expansion), Invoke-MgGraphRequest.
 */
export function powerShellSnippet(input: RequestSnippetInput): string {
  const { bodyText } = input;
  const lines = [
    `# ${input.purpose ?? 'POST the kiosk profiles'} with the Microsoft Graph PowerShell SDK`,
    '# (once: Install-Module Microsoft.Graph.Authentication -Scope CurrentUser).',
    `Connect-MgGraph -Environment ${input.environment} -Scopes ${powerShellSingleQuoted(SNIPPET_SCOPE)} -NoWelcome`,
    '',
    `$body = ${powerShellLiteral(bodyText)}`,
  ];
  if (!bodyText.includes('\r')) {
    // A script saved on Windows may get CRLF line ends; the JSON has LF only (a CR in it would be escaped).
    lines.push('# Send LF line ends, exactly as shown, even if this script was saved with CRLF.', '$body = $body.Replace("`r`n", "`n")');
  }
  lines.push(
    '',
    `Invoke-MgGraphRequest -Method POST -Uri ${powerShellSingleQuoted(fullUrl(input))} -Body $body -ContentType 'application/json'`,
    '',
  );
  return lines.join('\n');
}

/** True when `text` is JSON that JSON.stringify(JSON.parse(text), null, 2) gives back unchanged and that a JS object literal reads the same. */
function isCanonicalJson(text: string): boolean {
  try {
    let protoKey = false;
    // In an object literal "__proto__": x sets the prototype instead of a property.
    const parsed: unknown = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') protoKey = true;
      return value;
    });
    return !protoKey && JSON.stringify(parsed, null, 2) === text;
  } catch {
    return false;
  }
}

/**
 * JavaScript fetch (Node.js 18+ as an .mjs file, or a browser console after setting `token`).
 * The body is a JS object literal, the JSON itself, sent as JSON.stringify(body, null, 2), which
 * gives back the very same text; a body that would not survive that is embedded as a string.
 */
export function fetchSnippet(input: RequestSnippetInput): string {
  const { bodyText } = input;
  const canonical = isCanonicalJson(bodyText);
  return [
    `// ${input.purpose ?? 'POST the kiosk profiles'} with fetch. Node.js 18 or later: save as send-request.mjs and run`,
    '//   GRAPH_TOKEN=<access token> node send-request.mjs',
    `// GRAPH_TOKEN: an access token for Microsoft Graph with ${SNIPPET_SCOPE}.`,
    'const token = process.env.GRAPH_TOKEN;',
    "if (!token) throw new Error('Set GRAPH_TOKEN to an access token for Microsoft Graph.');",
    '',
    canonical ? `const body = ${bodyText};` : `const bodyText = ${JSON.stringify(bodyText)};`,
    '',
    `const response = await fetch(${JSON.stringify(fullUrl(input))}, {`,
    "  method: 'POST',",
    '  headers: {',
    '    Authorization: `Bearer ${token}`,',
    "    'Content-Type': 'application/json',",
    "    Accept: 'application/json',",
    '  },',
    ...(canonical ? ['  // Two-space JSON: the exact text shown above and in the designer.', '  body: JSON.stringify(body, null, 2),'] : ['  body: bodyText,']),
    '});',
    'console.log(response.status, response.statusText, await response.text());',
    '',
  ].join('\n');
}

