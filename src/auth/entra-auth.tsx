// Entra ID sign-in through MSAL v5 + msal-react: redirect flow, sessionStorage cache, silent
// token first and an interactive redirect only when MSAL says interaction is required. The write
// scope is asked for only when first needed (incremental consent).
import {
  CacheLookupPolicy,
  EventType,
  InteractionRequiredAuthError,
  InteractionStatus,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type EventMessage,
} from '@azure/msal-browser';
import { MsalProvider, useMsal } from '@azure/msal-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { authority, writeScope } from '../config/clouds';
import { REDIRECT_BRIDGE_PATH } from '../config/security-headers';
import type { RuntimeConfig } from '../config/runtime-config';
import { AuthAdviceError, AuthRedirectError, type AuthSession } from './auth-session';
import { adviceForMsalError } from './msal-advice';

/** Scopes for signing in: identity only. The Intune scope is requested when first needed. */
const SIGN_IN_SCOPES = ['openid', 'profile'];

/**
 * The redirect bridge page beside the app's redirect URI (redirect-bridge.html, built from
 * src/auth/redirect-bridge.html): where Entra ID answers MSAL's hidden renewal iframe. Register it
 * in the app registration as a second single-page-application redirect URI.
 */
export function redirectBridgeUri(config: RuntimeConfig, origin: string): string {
  return new URL(REDIRECT_BRIDGE_PATH.slice(1), config.redirectUri ?? `${origin}/`).href;
}

export function msalConfiguration(config: RuntimeConfig, origin: string): Configuration {
  const redirectUri = config.redirectUri ?? `${origin}/`;
  return {
    auth: {
      // config.clientId is present in Entra mode; main.tsx only builds MSAL then.
      clientId: config.clientId ?? '',
      authority: authority(config.cloud, config.tenantId),
      redirectUri,
      postLogoutRedirectUri: redirectUri,
    },
    cache: { cacheLocation: 'sessionStorage' },
    // Entra ID answers a hidden renewal within a second or two; when it cannot (blocked cookies, an
    // unregistered bridge URI), fall back to a full-page sign-in sooner than MSAL's 10 s default.
    system: { iframeBridgeTimeout: 6000 },
  };
}

/** Created once in main.tsx and passed down (never imported from a module). */
export function createMsalInstance(config: RuntimeConfig): PublicClientApplication {
  const pca = new PublicClientApplication(msalConfiguration(config, window.location.origin));
  pca.addEventCallback((event: EventMessage) => {
    if (event.eventType === EventType.LOGIN_SUCCESS || event.eventType === EventType.ACQUIRE_TOKEN_SUCCESS) {
      const payload = event.payload as AuthenticationResult | AccountInfo | null;
      const account = payload && 'account' in payload ? payload.account : (payload as AccountInfo | null);
      if (account && 'homeAccountId' in account) pca.setActiveAccount(account);
    }
  });
  return pca;
}

/**
 * Runs MSAL beside the app and reports the session up (see deferred-entra-auth.tsx): the app's
 * tree never changes shape when MSAL arrives, so nothing the admin typed is remounted.
 */
export function EntraSessionBridge({ pca, config, onSession }: { pca: PublicClientApplication; config: RuntimeConfig; onSession: (session: AuthSession) => void }) {
  return (
    <MsalProvider instance={pca}>
      <EntraSession config={config} onSession={onSession} />
    </MsalProvider>
  );
}

function EntraSession({ config, onSession }: { config: RuntimeConfig; onSession: (session: AuthSession) => void }) {
  const { instance, accounts, inProgress } = useMsal();
  const [error, setError] = useState<string | null>(null);
  const account = instance.getActiveAccount() ?? accounts[0] ?? null;
  const busy = inProgress !== InteractionStatus.None;
  const scope = writeScope(config.cloud);
  const bridgeUri = useMemo(() => redirectBridgeUri(config, window.location.origin), [config]);

  useEffect(() => {
    if (!instance.getActiveAccount() && accounts[0]) instance.setActiveAccount(accounts[0]);
  }, [instance, accounts]);

  useEffect(() => {
    // Errors of the redirect that brought us back (cancelled, consent, AADSTS…) surface here.
    const id = instance.addEventCallback((event: EventMessage) => {
      if (
        event.eventType === EventType.ACQUIRE_TOKEN_FAILURE ||
        event.eventType === EventType.LOGOUT_FAILURE ||
        event.eventType === EventType.HANDLE_REDIRECT_END
      ) {
        if (event.error) setError(adviceForMsalError(event.error));
      }
    });
    return () => {
      if (id) instance.removeEventCallback(id);
    };
  }, [instance]);

  const signIn = useCallback(() => {
    setError(null);
    instance.loginRedirect({ scopes: SIGN_IN_SCOPES, prompt: 'select_account' }).catch((e: unknown) => setError(adviceForMsalError(e)));
  }, [instance]);

  const signOut = useCallback(() => {
    setError(null);
    instance.logoutRedirect({ account: account ?? undefined }).catch((e: unknown) => setError(adviceForMsalError(e)));
  }, [instance, account]);

  const getGraphToken = useCallback(async () => {
    if (!account) throw new AuthAdviceError('Sign in first: choose "Sign in" at the top of the page.');
    if (busy) throw new AuthAdviceError('A sign-in is still under way. Wait for it to finish, then try again.');
    try {
      // Cache, then the refresh token, then (when that has expired: 24 hours for a single-page app)
      // a hidden iframe to Entra ID that answers through the redirect bridge page, using the
      // admin's Entra session. Only when all of those fail does the page leave for Entra ID.
      const result = await instance.acquireTokenSilent({ scopes: [scope], account, cacheLookupPolicy: CacheLookupPolicy.Default, redirectUri: bridgeUri });
      return result.accessToken;
    } catch (e) {
      if (e instanceof InteractionRequiredAuthError || needsInteractiveRenewal(e)) {
        await instance.acquireTokenRedirect({ scopes: [scope], account });
        throw new AuthRedirectError();
      }
      throw new AuthAdviceError(adviceForMsalError(e));
    }
  }, [instance, account, busy, scope, bridgeUri]);

  const session = useMemo<AuthSession>(
    () => ({
      mode: 'entra',
      account: account ? { username: account.username, name: account.name } : null,
      busy,
      error,
      clearError: () => setError(null),
      signIn,
      signOut,
      getGraphToken,
    }),
    [account, busy, error, signIn, signOut, getGraphToken],
  );
  useEffect(() => onSession(session), [onSession, session]);
  return null;
}

/**
 * The hidden iframe can fail without Entra ID saying "interaction required": third-party cookies
 * blocked, or the bridge URI not registered (Entra ID then shows its error inside the iframe and
 * MSAL times out). A full-page sign-in still works in those cases.
 */
function needsInteractiveRenewal(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'errorCode' in error ? (error as { errorCode: unknown }).errorCode : undefined;
  return code === 'timed_out' || code === 'iframe_closed_prematurely' || code === 'redirect_bridge_empty_response';
}
