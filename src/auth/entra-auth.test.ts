// MSAL's configuration: the redirect bridge sits beside the redirect URI (register both), and the
// hidden renewal gives up quickly enough to fall back to a full-page sign-in.
import { describe, expect, it } from 'vitest';
import { msalConfiguration, redirectBridgeUri } from './entra-auth';
import type { RuntimeConfig } from '../config/runtime-config';

const base: RuntimeConfig = { mode: 'entra', clientId: '3c1b8f4e-5d2a-4e6b-9f70-1a2b3c4d5e6f', tenantId: 'contoso.onmicrosoft.com', cloud: 'global' };

describe('redirectBridgeUri', () => {
  it('is redirect-bridge.html beside the app', () => {
    expect(redirectBridgeUri(base, 'https://kiosk.contoso.com')).toBe('https://kiosk.contoso.com/redirect-bridge.html');
  });
  it('follows a configured redirect URI, including a sub-path', () => {
    expect(redirectBridgeUri({ ...base, redirectUri: 'https://intranet.contoso.com/tools/kiosk/' }, 'https://ignored.example')).toBe(
      'https://intranet.contoso.com/tools/kiosk/redirect-bridge.html',
    );
  });
});

describe('msalConfiguration', () => {
  it('keeps the app itself as the redirect URI of full-page sign-in, tokens in sessionStorage', () => {
    const config = msalConfiguration(base, 'https://kiosk.contoso.com');
    expect(config.auth.redirectUri).toBe('https://kiosk.contoso.com/');
    expect(config.auth.authority).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(config.cache?.cacheLocation).toBe('sessionStorage');
    expect(config.system?.iframeBridgeTimeout).toBeLessThan(10_000);
  });
});
