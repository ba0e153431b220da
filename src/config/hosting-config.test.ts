// @vitest-environment node
// The committed hosting configs must match the security headers the app is tested under.
// Regenerate them with: UPDATE_HOSTING_CONFIG=1 npx vitest run src/config/hosting-config.test.ts
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nginxConfig, staticWebAppConfig } from './hosting-config';
import { contentSecurityPolicy, redirectBridgeHeaders, securityHeaders } from './security-headers';

const files: [string, string][] = [
  ['public/staticwebapp.config.json', staticWebAppConfig('global')],
  ['docs/hosting/nginx.conf', nginxConfig('global')],
];

if (process.env.UPDATE_HOSTING_CONFIG) {
  mkdirSync('docs/hosting', { recursive: true });
  for (const [path, text] of files) writeFileSync(path, text);
}

describe('hosting configs', () => {
  it.each(files)('%s is generated from the security headers', (path, expected) => {
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });

  it('the Static Web Apps config carries every header', () => {
    const config = JSON.parse(readFileSync('public/staticwebapp.config.json', 'utf8'));
    expect(config.globalHeaders).toEqual(securityHeaders('global'));
    expect(config.routes).toContainEqual({ route: '/config.json', headers: { 'Cache-Control': 'no-store' } });
    expect(config.routes).toContainEqual({ route: '/redirect-bridge.html', headers: redirectBridgeHeaders() });
  });

  it('nginx serves the redirect bridge with its own headers, no-store', () => {
    const block = /location = \/redirect-bridge\.html \{([^}]*)\}/.exec(readFileSync('docs/hosting/nginx.conf', 'utf8'))?.[1] ?? '';
    expect(block).toContain('add_header Cache-Control "no-store" always;');
    expect(block).toContain(`add_header Content-Security-Policy "${redirectBridgeHeaders()['Content-Security-Policy']}" always;`);
    expect(block).not.toMatch(/Cross-Origin-Opener-Policy/i);
  });
});

describe('redirect bridge headers (as MSAL v5 requires)', () => {
  const headers = redirectBridgeHeaders();
  it('is never cached and sends no Cross-Origin-Opener-Policy', () => {
    expect(headers['Cache-Control']).toBe('no-store');
    expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain('cross-origin-opener-policy');
  });
  it('runs only scripts of this site, may be framed only by the app, and sends no referrer', () => {
    const csp = headers['Content-Security-Policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(headers['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });
});

describe('content security policy', () => {
  it('allows scripts only from the site and no eval or inline script', () => {
    const csp = contentSecurityPolicy('global');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
    expect(csp).toContain("frame-ancestors 'none'");
    // Frames only for MSAL's hidden renewal: Entra ID, answering through the bridge page.
    expect(csp).toContain("frame-src 'self' https://login.microsoftonline.com");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
  });

  it('connects only to the site and the configured cloud', () => {
    const connect = (cloud: Parameters<typeof contentSecurityPolicy>[0]) => /connect-src ([^;]*)/.exec(contentSecurityPolicy(cloud))?.[1];
    expect(connect('global')).toBe("'self' https://login.microsoftonline.com https://graph.microsoft.com");
    expect(connect('usgov')).toBe("'self' https://login.microsoftonline.us https://graph.microsoft.us");
    expect(connect('usgovdod')).toBe("'self' https://login.microsoftonline.us https://dod-graph.microsoft.us");
    expect(connect('china')).toBe("'self' https://login.chinacloudapi.cn https://microsoftgraph.chinacloudapi.cn");
  });
});
