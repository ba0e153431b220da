// The seam between the app and whoever signs the admin in: Entra ID through MSAL, or the demo
// tenant. The rest of the app sees only this interface and never imports MSAL.
import { createContext, useContext } from 'react';

export interface SignedInAccount {
  username: string;
  name?: string;
}

export interface AuthSession {
  mode: 'entra' | 'demo';
  account: SignedInAccount | null;
  /** An MSAL interaction (redirect, silent renewal) is under way; sign-in and submit wait. */
  busy: boolean;
  /** Plain advice for the last sign-in or token problem, or null. */
  error: string | null;
  clearError(): void;
  signIn(): void;
  signOut(): void;
  /**
   * A token for Graph's DeviceManagementConfiguration.ReadWrite.All. Silent first; when Entra ID
   * needs the admin (consent, MFA, expired session) the page redirects and this rejects with
   * {@link AuthRedirectError}. The design is saved before the page leaves.
   */
  getGraphToken(): Promise<string>;
}

/** The token call left the page to ask the admin (redirect); nothing failed. */
export class AuthRedirectError extends Error {
  constructor() {
    super('Signing in again with Microsoft Entra ID…');
    this.name = 'AuthRedirectError';
  }
}

/** A token could not be had; `message` is advice the admin can act on. */
export class AuthAdviceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthAdviceError';
  }
}

export const AuthContext = createContext<AuthSession | null>(null);

export function useAuth(): AuthSession {
  const session = useContext(AuthContext);
  if (!session) throw new Error('useAuth must be used inside an auth provider');
  return session;
}
