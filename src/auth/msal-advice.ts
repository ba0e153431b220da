// MSAL v5 error messages are only links; this turns an error's `errorCode` (and the AADSTS code
// Entra ID puts in server errors) into advice an endpoint admin can act on.
// Codes: https://learn.microsoft.com/entra/identity-platform/reference-error-codes
//        msal-browser BrowserAuthErrorCodes / msal-common InteractionRequiredAuthErrorCodes.

interface ErrorLike {
  errorCode?: unknown;
  errorMessage?: unknown;
  subError?: unknown;
}

const AADSTS_ADVICE: Record<string, string> = {
  '9002326':
    'The app registration is not set up as a single-page application. In Entra ID, open the app registration → Authentication, and add this site\'s address as a redirect URI under the platform "Single-page application" (not "Web").',
  '50011': "The redirect URI is not registered. Add this site's exact address to the app registration's Single-page application redirect URIs.",
  '700054': 'The app registration does not allow this sign-in flow. Register the redirect URI under the "Single-page application" platform.',
  '65001': 'Consent is missing for DeviceManagementConfiguration.ReadWrite.All. Ask a Global or Privileged Role Administrator to grant admin consent for the app registration, then sign in again.',
  '90094': 'An administrator must consent to this app first. Ask a Global or Privileged Role Administrator to grant admin consent, then sign in again.',
  '90095': 'An administrator must consent to this app first. Ask a Global or Privileged Role Administrator to grant admin consent, then sign in again.',
  '700016': 'The app registration was not found in this tenant. Check clientId and tenantId in config.json.',
  '90002': 'The tenant in config.json was not found. Check tenantId (a GUID or a domain such as contoso.onmicrosoft.com).',
  '50020': 'This account is not from the tenant the app is configured for. Sign in with a work account of that tenant, or set tenantId to "organizations".',
  '50076': 'Your organisation requires multi-factor authentication. Sign in again and complete it.',
  '50079': 'Your organisation requires you to register for multi-factor authentication. Sign in again and follow the prompts.',
  '53003': 'A Conditional Access policy blocked the sign-in. Ask your Entra ID administrator which policy applies to this app.',
  '50126': 'The user name or password was wrong. Sign in again.',
  '700082': 'Your sign-in has expired. Sign in again.',
  '50173': 'Your sign-in has expired (the password changed or the session was revoked). Sign in again.',
};

const CODE_ADVICE: Record<string, string> = {
  user_cancelled: 'Sign-in was cancelled. Choose "Sign in" when you are ready.',
  access_denied: 'Sign-in was cancelled or denied. Choose "Sign in" to try again.',
  consent_required:
    'Consent is needed for DeviceManagementConfiguration.ReadWrite.All. Sign in again and accept, or ask an administrator to grant admin consent for the app registration.',
  interaction_required: 'Entra ID needs you to sign in again (for example to complete MFA). Choose "Sign in".',
  login_required: 'Your session has ended. Sign in again.',
  interaction_in_progress: 'A sign-in is already under way in this browser. Finish it (or close its window), then try again.',
  no_network_connectivity: 'The sign-in service could not be reached. Check your network connection or VPN, then try again.',
  post_request_failed: 'The sign-in service could not be reached. Check your network connection, VPN or proxy, then try again.',
  get_request_failed: 'The sign-in service could not be reached. Check your network connection, VPN or proxy, then try again.',
  endpoints_resolution_error: 'The sign-in authority could not be reached. Check tenantId and cloud in config.json and your network connection.',
  invalid_grant: 'Your sign-in is no longer valid. Sign in again.',
  no_account_error: 'You are not signed in. Choose "Sign in".',
  redirect_in_iframe: 'The designer cannot sign in inside a frame. Open it in its own browser tab.',
  timed_out: 'Entra ID did not answer in time. Check your connection, then try again.',
  refresh_token_expired: 'Your sign-in has expired. Sign in again.',
};

export function adviceForMsalError(error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const code = typeof e.errorCode === 'string' ? e.errorCode : '';
  const serverText = typeof e.errorMessage === 'string' ? e.errorMessage : '';
  const aadsts = /AADSTS(\d+)/.exec(serverText)?.[1];
  if (aadsts && AADSTS_ADVICE[aadsts]) return `${AADSTS_ADVICE[aadsts]} (AADSTS${aadsts})`;
  if (code && CODE_ADVICE[code]) return CODE_ADVICE[code];
  if (aadsts) return `Entra ID refused the sign-in with AADSTS${aadsts}. Look the code up at https://login.microsoftonline.com/error?code=${aadsts}, fix it and sign in again.`;
  return `Sign-in failed${code ? ` (${code})` : ''}. Try again; if it keeps failing, check the app registration and config.json.`;
}
