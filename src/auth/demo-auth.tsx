// The demo tenant's sign-in: a demo admin, no network. The session lasts as long as the tab,
// like MSAL's sessionStorage cache in Entra mode.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { AuthAdviceError, AuthContext, type AuthSession, type SignedInAccount } from './auth-session';

export const DEMO_ACCOUNT: SignedInAccount = { username: 'ada@contoso-demo.onmicrosoft.com', name: 'Ada Lovelace (demo admin)' };
const KEY = 'kiosk-profile-designer:demo-session';
export const DEMO_TOKEN = 'demo-access-token';

function readSession(): boolean {
  try {
    return window.sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function writeSession(signedIn: boolean): void {
  try {
    if (signedIn) window.sessionStorage.setItem(KEY, '1');
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Without sessionStorage the demo session lasts until reload; nothing else depends on it.
  }
}

export function DemoAuthProvider({ children }: { children: ReactNode }) {
  const [signedIn, setSignedIn] = useState(readSession);
  const signIn = useCallback(() => {
    writeSession(true);
    setSignedIn(true);
  }, []);
  const signOut = useCallback(() => {
    writeSession(false);
    setSignedIn(false);
  }, []);
  const session = useMemo<AuthSession>(
    () => ({
      mode: 'demo',
      account: signedIn ? DEMO_ACCOUNT : null,
      busy: false,
      error: null,
      clearError: () => undefined,
      signIn,
      signOut,
      getGraphToken: async () => {
        if (!signedIn) throw new AuthAdviceError('Sign in first: choose "Sign in" at the top of the page.');
        return DEMO_TOKEN;
      },
    }),
    [signedIn, signIn, signOut],
  );
  return <AuthContext.Provider value={session}>{children}</AuthContext.Provider>;
}
