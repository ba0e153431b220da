#!/usr/bin/env node
// Makes sure the e2e tests have a Chromium to drive, and says what it did.
// Order: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, system Chromium, Playwright's own build.
// When none exists: as root with apt, install Debian's `chromium`; otherwise run Playwright's installer.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM_PATHS as SYSTEM } from './chromium.mjs';

const say = (msg) => console.log(`[ensure-browser] ${msg}`);

function run(cmd, args) {
  say(`running: ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
}

function playwrightOwn() {
  try {
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
if (fromEnv) {
  if (existsSync(fromEnv)) {
    say(`using PLAYWRIGHT_CHROMIUM_EXECUTABLE=${fromEnv}`);
    process.exit(0);
  }
  console.error(`[ensure-browser] PLAYWRIGHT_CHROMIUM_EXECUTABLE points at ${fromEnv}, which does not exist. Fix or unset it.`);
  process.exit(1);
}

const system = SYSTEM.find((p) => existsSync(p));
if (system) {
  say(`using system Chromium at ${system}`);
  process.exit(0);
}
const own = playwrightOwn();
if (own) {
  say(`using Playwright's Chromium at ${own}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  say('no Chromium found; installing Debian package "chromium" with apt-get');
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']) && SYSTEM.some((p) => existsSync(p))) {
    say('installed system Chromium');
    process.exit(0);
  }
  console.error('[ensure-browser] apt-get could not install chromium. Install a Chromium yourself and set PLAYWRIGHT_CHROMIUM_EXECUTABLE.');
  process.exit(1);
}

say("no Chromium found; running Playwright's installer (npx playwright install chromium)");
if (run('npx', ['playwright', 'install', 'chromium']) && playwrightOwn()) {
  say("installed Playwright's Chromium");
  process.exit(0);
}
console.error(
  '[ensure-browser] No Chromium available and none could be installed.\n' +
    '  Install one (Debian/Ubuntu: sudo apt-get install chromium) or run `npx playwright install chromium`,\n' +
    '  or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at an existing Chromium/Chrome binary.',
);
process.exit(1);
