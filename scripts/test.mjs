#!/usr/bin/env node
/** npm test: unit and build tests (vitest), then browser tests (Playwright) on the built site. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium } from '../src/integration/browser.ts';

const root = resolve(import.meta.dirname, '..');
const env = { ...process.env, CHROMIUM_PATH: await findChromium(), ASTRO_TELEMETRY_DISABLED: '1' };
const run = (args) => spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;

let failed = 0;
failed ||= run(['node_modules/vitest/vitest.mjs', 'run']);
if (!existsSync(resolve(root, 'dist/index.html')) || process.env.MJA_REBUILD) {
  console.log('Geen gebouwde site in dist/: eerst bouwen.');
  if (run(['scripts/build.ts'])) process.exit(1);
}
const e2e = run(['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)]);
process.exit(failed || e2e);
