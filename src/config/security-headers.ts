// The HTTP security headers the built app must be served with, derived from the cloud it talks to:
// the Content Security Policy allows scripts only from the site itself and network calls only to
// the site, the cloud's Entra ID login host and its Microsoft Graph host. One source for
// `vite preview` (so e2e tests run under the real policy), the Azure Static Web Apps config and
// the nginx example (tests check both match).
// CSP reference: https://developer.mozilla.org/docs/Web/HTTP/CSP
import { CLOUDS, type CloudName } from './clouds';

export function contentSecurityPolicy(cloud: CloudName): string {
  const { loginHost, graphHost } = CLOUDS[cloud];
  return [
    "default-src 'self'",
    // No inline script and no eval: every script is a file of this site.
    "script-src 'self'",
    // Fluent UI (Griffel) and CodeMirror insert <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' https://${loginHost} https://${graphHost}`,
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

export function securityHeaders(cloud: CloudName): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(cloud),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), interest-cohort=()',
  };
}
