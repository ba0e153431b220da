// Ready hosting configs for the built app, generated from the one list of security headers:
// Azure Static Web Apps (public/staticwebapp.config.json, so it ships inside dist/) and an nginx
// example (docs/hosting/nginx.conf). hosting-config.test.ts keeps the committed files in step.
// Static Web Apps config: https://learn.microsoft.com/azure/static-web-apps/configuration
import type { CloudName } from './clouds';
import { REDIRECT_BRIDGE_PATH, redirectBridgeHeaders, securityHeaders } from './security-headers';

export function staticWebAppConfig(cloud: CloudName): string {
  const config = {
    $comment:
      'Azure Static Web Apps hosting config for Kiosk Profile Designer (global cloud). For another cloud, replace the login and Graph hosts in connect-src and frame-src (generated from src/config/security-headers.ts; a test keeps this file in step with it).',
    navigationFallback: { rewrite: '/index.html', exclude: ['/assets/*', '/config.json', '/*.{json,svg,png,md,txt}'] },
    globalHeaders: securityHeaders(cloud),
    routes: [
      { route: '/config.json', headers: { 'Cache-Control': 'no-store' } },
      // MSAL's redirect bridge: never cached, no COOP, framable by the app only (route headers
      // replace the global ones of the same name).
      { route: REDIRECT_BRIDGE_PATH, headers: redirectBridgeHeaders() },
      { route: '/index.html', headers: { 'Cache-Control': 'no-cache' } },
      { route: '/assets/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    ],
  };
  return JSON.stringify(config, null, 2) + '\n';
}

export function nginxConfig(cloud: CloudName): string {
  const lines = (indent: string, list: Record<string, string>) =>
    Object.entries(list)
      .map(([name, value]) => `${indent}add_header ${name} "${value}" always;`)
      .join('\n');
  const headers = (indent: string) => lines(indent, securityHeaders(cloud));
  // nginx drops server-level add_header lines in a location that has its own, so each repeats them.
  return `# nginx example for Kiosk Profile Designer (${cloud} cloud). Copy dist/ to /srv/kiosk-designer.
# For another cloud, change the login and Graph hosts in connect-src and frame-src (generated from
# src/config/security-headers.ts; a test keeps this file in step with it). Serve over HTTPS.
server {
    listen 443 ssl;
    server_name kiosk-designer.contoso.com;
    # ssl_certificate     /etc/ssl/kiosk-designer.crt;
    # ssl_certificate_key /etc/ssl/kiosk-designer.key;

    root /srv/kiosk-designer;
    index index.html;

    location = /config.json {
        add_header Cache-Control "no-store" always;
${headers('        ')}
    }

    # MSAL's redirect bridge: never cached, no COOP, framable by the app only.
    location = ${REDIRECT_BRIDGE_PATH} {
${lines('        ', redirectBridgeHeaders())}
    }

    location /assets/ {
        add_header Cache-Control "public, max-age=31536000, immutable" always;
${headers('        ')}
    }

    location / {
        try_files $uri /index.html;
        add_header Cache-Control "no-cache" always;
${headers('        ')}
    }
}
`;
}
