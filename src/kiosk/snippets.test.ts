import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toGraphBody } from './graph-body';
import { newProfile } from './schema';
import { curlSnippet, fetchSnippet, powerShellSnippet, type RequestSnippetInput } from './snippets';

const PATH = '/deviceManagement/deviceConfigurations/3f2504e0-4f89-11d3-9a0c-0305e82c3301/assignedAccessMultiModeProfiles';

/** A body as the designer makes it, with everything a shell or PowerShell could trip on. */
const BODY = JSON.stringify(
  toGraphBody([
    newProfile({
      id: '9a2a490f-10f6-4764-974a-43b19e722c23',
      profileName: `Café "R&D" it's $HOME \`whoami\` 🖥️`,
      appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App'],
      desktopAppPaths: ['%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe'],
      userAccounts: ["AzureAD\\o'brien@contoso.com"],
      startMenuLayoutXml: '<LayoutModificationTemplate/>\n',
    }),
  ]),
  null,
  2,
);

const INPUT: RequestSnippetInput = { baseUrl: 'https://graph.microsoft.com/beta', path: PATH, environment: 'Global', bodyText: BODY };

const work = mkdtempSync(join(tmpdir(), 'kiosk-snippets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the curl snippet in `shell` with curl replaced by a function that records its stdin and arguments. */
function runCurl(shell: string, snippet: string): { body: string; args: string[] } {
  const script = join(work, 'run.sh');
  const stub = `curl() { cat > '${work}/stdin'; printf '%s\\n' "$@" > '${work}/args'; }\n`;
  writeFileSync(script, stub + snippet);
  execFileSync(shell, [script], { env: { PATH: '/usr/bin:/bin', GRAPH_TOKEN: 'test-token' } });
  return { body: readFileSync(join(work, 'stdin'), 'utf8'), args: readFileSync(join(work, 'args'), 'utf8').trimEnd().split('\n') };
}

type AsyncFn = (...args: unknown[]) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => AsyncFn;

describe('curl snippet', () => {
  const snippet = curlSnippet(INPUT);

  it('shows the body verbatim in a quoted here-document', () => {
    expect(snippet).toContain(`<<'KIOSK_BODY_JSON' |\n${BODY}\nKIOSK_BODY_JSON\ncurl --globoff --request POST 'https://graph.microsoft.com/beta${PATH}' \\\n`);
  });

  it.each(['bash', 'dash'])('sends exactly the body bytes, the URL and the token from GRAPH_TOKEN (%s)', (shell) => {
    const { body, args } = runCurl(shell, snippet);
    expect(body).toBe(BODY);
    expect(args).toContain(`https://graph.microsoft.com/beta${PATH}`);
    expect(args).toContain('Authorization: Bearer test-token');
    expect(args).toContain('Content-Type: application/json');
    expect(args.slice(-4, -2)).toEqual(['--data-binary', '@-']);
  });

  it('keeps trailing newlines, dodges a line equal to the delimiter, and quotes a URL with a quote', () => {
    const bodyText = 'line\nKIOSK_BODY_JSON\n\n';
    const { body, args } = runCurl('bash', curlSnippet({ ...INPUT, path: "/x'y/{id}", bodyText }));
    expect(body).toBe(bodyText);
    expect(args).toContain("https://graph.microsoft.com/beta/x'y/{id}");
  });

  it('holds no token, only the placeholder variable', () => {
    expect(snippet).toContain('${GRAPH_TOKEN:?');
    expect(snippet).not.toMatch(/Bearer [A-Za-z0-9-_]{20,}/);
  });
});

describe('PowerShell snippet', () => {
  it('is the expected script for the chosen cloud', () => {
    const snippet = powerShellSnippet({ ...INPUT, baseUrl: 'https://graph.microsoft.us/beta', environment: 'USGov', bodyText: '{\n  "a": 1\n}' });
    expect(snippet).toBe(
      [
        '# POST the kiosk profiles with the Microsoft Graph PowerShell SDK',
        '# (once: Install-Module Microsoft.Graph.Authentication -Scope CurrentUser).',
        "Connect-MgGraph -Environment USGov -Scopes 'DeviceManagementConfiguration.ReadWrite.All' -NoWelcome",
        '',
        "$body = @'",
        '{',
        '  "a": 1',
        '}',
        "'@",
        '# Send LF line ends, exactly as shown, even if this script was saved with CRLF.',
        '$body = $body.Replace("`r`n", "`n")',
        '',
        `Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.us/beta${PATH}' -Body $body -ContentType 'application/json'`,
        '',
      ].join('\n'),
    );
  });

  it.each(['Global', 'USGov', 'USGovDoD', 'China'] as const)('connects to the %s environment', (environment) => {
    expect(powerShellSnippet({ ...INPUT, environment })).toContain(`Connect-MgGraph -Environment ${environment} -Scopes`);
  });

  it('embeds the designer body verbatim between @\' and \'@', () => {
    const snippet = powerShellSnippet(INPUT);
    const start = snippet.indexOf("$body = @'\n") + "$body = @'\n".length;
    expect(snippet.slice(start, snippet.indexOf("\n'@\n", start))).toBe(BODY);
  });

  it("uses a quoted string when a body line starts with '@", () => {
    const snippet = powerShellSnippet({ ...INPUT, bodyText: "{\n'@\n}" });
    expect(snippet).toContain("$body = '{\n''@\n}'\n");
  });
});

describe('fetch snippet', () => {
  async function run(snippet: string): Promise<{ url: unknown; init: { method: string; headers: Record<string, string>; body: string } }> {
    const calls: unknown[][] = [];
    const fakeFetch = async (...args: unknown[]) => {
      calls.push(args);
      return { status: 204, statusText: 'No Content', text: async () => '' };
    };
    const logged: unknown[] = [];
    await new AsyncFunction('fetch', 'process', 'console', snippet)(fakeFetch, { env: { GRAPH_TOKEN: 'test-token' } }, { log: (...a: unknown[]) => logged.push(a) });
    expect(logged).toEqual([[204, 'No Content', '']]);
    const [url, init] = calls[0] ?? [];
    return { url, init: init as { method: string; headers: Record<string, string>; body: string } };
  }

  it('shows the body as a JS literal and sends exactly the body text', async () => {
    const snippet = fetchSnippet(INPUT);
    expect(snippet).toContain(`const body = ${BODY};`);
    const { url, init } = await run(snippet);
    expect(url).toBe(`https://graph.microsoft.com/beta${PATH}`);
    expect(init.method).toBe('POST');
    expect(init.headers.Authorization).toBe('Bearer test-token');
    expect(init.body).toBe(BODY);
  });

  it('falls back to a string when the literal would not give the same text back', async () => {
    for (const bodyText of ['{"__proto__": {"x": 1}}', '{ "compact":true }', 'not json']) {
      const snippet = fetchSnippet({ ...INPUT, bodyText });
      expect(snippet).toContain('const bodyText = ');
      expect((await run(snippet)).init.body).toBe(bodyText);
    }
  });
});
