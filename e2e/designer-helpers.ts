// Steps shared by the designer specs, through roles and labels only.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Waits until the check has caught up with the design: the rules run when typing pauses, and the
 * Findings region is aria-busy until then. Inline messages under a list come and go at that
 * moment, so a step that clicks a control further down waits for it, as a person would see it.
 */
export async function checked(page: Page) {
  await expect(page.getByRole('region', { name: 'Findings' })).toHaveAttribute('aria-busy', 'false');
}

/** Adds each entry to a list (type, Enter), then waits for the check to catch up. */
export async function addEntries(page: Page, group: string, entries: readonly string[]) {
  const list = page.getByRole('group', { name: group });
  const box = list.getByRole('textbox');
  for (const entry of entries) {
    await box.fill(entry);
    await box.press('Enter');
    await expect(list.getByText(entry, { exact: true })).toBeVisible();
  }
  await checked(page);
}

/** The Start layout studio is collapsed until opened (it loads the code editor on demand). */
export async function openLayoutSection(page: Page) {
  await page.getByRole('button', { name: 'Start menu layout', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Start menu layout XML' })).toBeVisible();
}
