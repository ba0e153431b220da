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
    // MSAL's hidden sign-in renewal: an iframe to Entra ID that comes back to the redirect bridge.
    `frame-src 'self' https://${loginHost}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), interest-cohort=()';

export function securityHeaders(cloud: CloudName): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(cloud),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}

/** Where MSAL's redirect bridge page is, beside index.html. */
export const REDIRECT_BRIDGE_PATH = '/redirect-bridge.html';

/**
 * The redirect bridge page (redirect-bridge.html) hands Entra ID's answer to the app: MSAL v5
 * requires it for its hidden-iframe (and popup) flows. As MSAL's docs ask, it is never cached
 * (`no-store`) and sends no Cross-Origin-Opener-Policy. It runs one script of this site, talks
 * to nobody, and may be framed only by the app itself (the hidden renewal iframe); no referrer
 * leaves it, since its URL carries the authorization code.
 */
export function redirectBridgeHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'none'",
      "script-src 'self'",
      "frame-ancestors 'self'",
      "form-action 'none'",
      "object-src 'none'",
      "base-uri 'none'",
    ].join('; '),
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'SAMEORIGIN',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}
