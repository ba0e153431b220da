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
import type { RuntimeConfig } from '../config/runtime-config';
import { AuthAdviceError, AuthRedirectError, type AuthSession } from './auth-session';
import { adviceForMsalError } from './msal-advice';

/** Scopes for signing in: identity only. The Intune scope is requested when first needed. */
const SIGN_IN_SCOPES = ['openid', 'profile'];

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
      // Cache, then refresh token; never the hidden-iframe renewal (it needs third-party cookies and
      // a redirect bridge page, and fails slowly). When both fail MSAL says interaction is required.
      const result = await instance.acquireTokenSilent({ scopes: [scope], account, cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken });
      return result.accessToken;
    } catch (e) {
      if (e instanceof InteractionRequiredAuthError) {
        await instance.acquireTokenRedirect({ scopes: [scope], account });
        throw new AuthRedirectError();
      }
      throw new AuthAdviceError(adviceForMsalError(e));
    }
  }, [instance, account, busy, scope]);

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
