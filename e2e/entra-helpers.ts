// Helpers shared by the Entra-mode specs: runtime config, sign-in through the fake Entra ID,
// a minimal valid design and the target.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { addEntries } from './designer-helpers';
import { CONFIGURATIONS } from './fakes/graph';

export const CLIENT_ID = '3c1b8f4e-5d2a-4e6b-9f70-1a2b3c4d5e6f';
export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const CALCULATOR = 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App';
export const LOBBY = CONFIGURATIONS[1];

export async function useConfig(page: Page, config: Record<string, unknown>) {
  await page.route('**/config.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(config) }));
}

export async function signIn(page: Page, username = 'ada@contoso.com') {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel(`Signed in as ${username}`)).toBeVisible();
}

export async function designOneProfile(page: Page) {
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk');
  await addEntries(page, 'App user model IDs', [CALCULATOR]);
  await addEntries(page, 'User accounts', ['AzureAD\\frontdesk@contoso.com']);
}

export async function setTarget(page: Page, id: string) {
  await page.getByRole('textbox', { name: 'Device configuration ID' }).fill(id);
}

