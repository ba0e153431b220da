// axe for every spec, with every rule and impact, minus one justified exception: Fluent's focus
// manager (tabster) adds invisible `<i tabindex="0" aria-hidden="true" data-tabster-dummy>`
// sentinels around focus zones. They hand focus on at once and are never read out, so
// `aria-hidden-focus` on them is a false positive.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).exclude('[data-tabster-dummy]');
}

/** The violations as text, `what` naming the screen, for tests that report several screens at once. */
export async function violationsOf(page: Page, what: string, include?: string): Promise<string[]> {
  let builder = axe(page);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${what}: ${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function expectNoViolations(page: Page, what: string, include?: string) {
  expect(await violationsOf(page, what, include)).toEqual([]);
}
