// axe for every spec, with every rule and impact, minus one justified exception: Fluent's focus
// manager (tabster) adds invisible `<i tabindex="0" aria-hidden="true" data-tabster-dummy>`
// sentinels around focus zones. They hand focus on at once and are never read out, so
// `aria-hidden-focus` on them is a false positive.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).exclude('[data-tabster-dummy]');
}

/**
 * axe's results for the page (or the part matching `include`) once it is still. Fluent's buttons
 * fade their colours (about 100 ms), so a scan right after a theme switch would measure the
 * contrast of a colour halfway between two themes: it waits for running animations and
 * transitions to end first.
 */
export async function scan(page: Page, include?: string): ReturnType<AxeBuilder['analyze']> {
  // Endless ones (a spinner) never end, and have no in-between colour to catch.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  let builder = axe(page);
  if (include) builder = builder.include(include);
  return builder.analyze();
}

/** The violations as text, `what` naming the screen, for tests that report several screens at once. */
export async function violationsOf(page: Page, what: string, include?: string): Promise<string[]> {
  const { violations } = await scan(page, include);
  return violations.map((v) => `${what}: ${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function expectNoViolations(page: Page, what: string, include?: string) {
  expect(await violationsOf(page, what, include)).toEqual([]);
}
