import { describe, expect, it } from 'vitest';
import { adviceForMsalError } from './msal-advice';

describe('adviceForMsalError', () => {
  it('maps MSAL error codes to advice', () => {
    expect(adviceForMsalError({ errorCode: 'user_cancelled' })).toMatch(/cancelled/);
    expect(adviceForMsalError({ errorCode: 'consent_required' })).toMatch(/admin consent/);
    expect(adviceForMsalError({ errorCode: 'interaction_in_progress' })).toMatch(/already under way/);
  });

  it('prefers the AADSTS code from the server text', () => {
    const advice = adviceForMsalError({
      errorCode: 'invalid_request',
      errorMessage: "AADSTS9002326: Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type.",
    });
    expect(advice).toMatch(/Single-page application/);
    expect(advice).toMatch(/AADSTS9002326/);
  });

  it('says something useful for unknown errors and non-errors', () => {
    expect(adviceForMsalError({ errorCode: 'weird_code' })).toMatch(/weird_code/);
    expect(adviceForMsalError(undefined)).toMatch(/Sign-in failed/);
    expect(adviceForMsalError({ errorMessage: 'AADSTS12345: x' })).toMatch(/AADSTS12345/);
  });
});
