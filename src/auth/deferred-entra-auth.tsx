// Entra mode without holding up the first screen: the designer renders at once with a
// "sign-in loading" session, and MSAL (the largest library of the app) loads when the browser is
// idle, creates its one PublicClientApplication, handles any redirect response and takes over.
// The app's tree keeps its shape throughout, so nothing the admin typed is lost.
import { useEffect, useState, type ReactNode } from 'react';
import type { RuntimeConfig } from '../config/runtime-config';
import { useAfterFirstPaint } from '../components/use-after-first-paint';
import { AuthAdviceError, AuthContext, type AuthSession } from './auth-session';

const noop = () => undefined;

function waitingSession(error: string | null): AuthSession {
  return {
    mode: 'entra',
    account: null,
    busy: error === null,
    error,
    clearError: noop,
    signIn: noop,
    signOut: noop,
    getGraphToken: () => Promise.reject(new AuthAdviceError(error ?? 'Sign-in is still loading; try again in a moment.')),
  };
}

export function DeferredEntraAuth({ config, children }: { config: RuntimeConfig; children: ReactNode }) {
  const ready = useAfterFirstPaint();
  const [session, setSession] = useState<AuthSession>(() => waitingSession(null));
  const [bridge, setBridge] = useState<ReactNode>(null);
  useEffect(() => {
    if (!ready) return;
    let alive = true;
    import('./entra-auth').then(
      ({ createMsalInstance, EntraSessionBridge }) => {
        if (!alive) return;
        // Created once per page: this effect runs its import once (StrictMode's replay is dropped by `alive`).
        const pca = createMsalInstance(config);
        setBridge(<EntraSessionBridge pca={pca} config={config} onSession={setSession} />);
      },
      () => {
        if (alive) setSession(waitingSession('Sign-in could not be loaded. Check the connection and reload the page; your design is kept in this browser.'));
      },
    );
    return () => {
      alive = false;
    };
  }, [ready, config]);
  return (
    <>
      {bridge}
      <AuthContext.Provider value={session}>{children}</AuthContext.Provider>
    </>
  );
}
