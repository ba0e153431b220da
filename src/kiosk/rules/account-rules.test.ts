import { describe, expect, it } from 'vitest';
import { accountKey, checkAccount } from './account-rules';

const codes = (value: string) => checkAccount(value).map((issue) => `${issue.severity}:${issue.code}`);

describe('checkAccount — accepted forms (configuration-file.md "User accounts")', () => {
  it.each([
    'kiosk',
    '.\\kiosk',
    'KIOSK-PC01\\kiosk',
    'contoso\\user',
    'CONTOSO\\frontdesk',
    'AzureAD\\user@contoso.onmicrosoft.com',
    'AzureAD\\kiosk@contoso.com',
    'AzureAD\\frontdesk.lobby@contoso.co.uk',
    '.\\warehouse',
    'Kiosk User',
  ])('%s', (value) => {
    expect(checkAccount(value)).toEqual([]);
  });
});

describe('checkAccount — mistakes', () => {
  it('account.bareUpn: a UPN without AzureAD\\, with the fix', () => {
    const [issue] = checkAccount('kiosk@contoso.onmicrosoft.com');
    expect(issue).toMatchObject({ code: 'account.bareUpn', severity: 'error' });
    expect(issue?.fix).toEqual({ kind: 'replace', label: 'Change to AzureAD\\kiosk@contoso.onmicrosoft.com', value: 'AzureAD\\kiosk@contoso.onmicrosoft.com' });
    expect(checkAccount('kiosk@')[0]?.fix).toBeUndefined();
  });

  it('account.azureAdUpn: AzureAD\\ without a UPN', () => {
    expect(codes('AzureAD\\kiosk')).toEqual(['error:account.azureAdUpn']);
    expect(codes('AzureAD\\kiosk@contoso')).toEqual(['error:account.azureAdUpn']);
  });

  it.each([
    ['AAD\\kiosk@contoso.com', 'error'],
    ['Entra\\kiosk@contoso.com', 'error'],
    ['azuread\\kiosk@contoso.com', 'warning'],
  ])('account.azureAdPrefix: %s', (value, severity) => {
    const [issue] = checkAccount(value);
    expect(issue).toMatchObject({ code: 'account.azureAdPrefix', severity });
    expect(issue?.fix).toMatchObject({ kind: 'replace', value: 'AzureAD\\kiosk@contoso.com' });
  });

  it('account.format: a UPN after a domain, a missing part, or two backslashes', () => {
    const [upn] = checkAccount('CONTOSO\\kiosk@contoso.com');
    expect(upn).toMatchObject({ code: 'account.format', severity: 'error' });
    expect(upn?.fix).toMatchObject({ value: 'AzureAD\\kiosk@contoso.com' });
    expect(codes('CONTOSO\\')).toEqual(['error:account.format']);
    expect(codes('\\kiosk')).toEqual(['error:account.format']);
    expect(codes('CONTOSO\\sales\\kiosk')).toEqual(['error:account.format']);
  });

  it('account.forwardSlash: offers the backslash', () => {
    const [issue] = checkAccount('contoso/kiosk');
    expect(issue).toMatchObject({ code: 'account.forwardSlash', severity: 'error' });
    expect(issue?.fix).toMatchObject({ kind: 'replace', value: 'contoso\\kiosk' });
  });

  it.each([['kiosk*1'], ['CONTOSO\\kiosk;1'], ['front[desk]'], ['CON TOSO\\kiosk'], ['...']])('account.invalidChars: %s', (value) => {
    expect(codes(value)).toEqual(['error:account.invalidChars']);
  });

  it('account.nameTooLong: over 20 characters warns', () => {
    expect(codes('CONTOSO\\frontdesk-lobby-kiosk1')).toEqual(['warning:account.nameTooLong']);
    expect(codes('CONTOSO\\frontdesk-lobby-kio01')).toEqual(['warning:account.nameTooLong']); // 21
    expect(codes('CONTOSO\\frontdesk-lobby-ki01')).toEqual([]); // 20
  });

  it.each([['Administrator'], ['.\\administrator'], ['KIOSK-PC01\\Admin'], ['CONTOSO\\Administrateur'], ['AzureAD\\admin@contoso.com']])(
    'account.admin: %s warns',
    (value) => {
      expect(codes(value)).toEqual(['warning:account.admin']);
    },
  );

  it('accountKey: .\\kiosk and kiosk are the same account, case ignored', () => {
    expect(accountKey(' .\\Kiosk ')).toBe(accountKey('kiosk'));
    expect(accountKey('CONTOSO\\kiosk')).not.toBe(accountKey('kiosk'));
  });
});
