#!/usr/bin/env node
/**
 * npm test: types (astro check) and formatting (prettier --check), unit, component and build
 * tests (vitest), then browser tests (Playwright, with axe and the Nu HTML Checker) on the built site. Every part runs; the exit
 * code says whether any failed. Arguments go to Playwright (e.g. npm test -- tests/e2e/pdf.spec.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium } from '../src/integration/browser.ts';
import { findJava } from './java.ts';

const root = resolve(import.meta.dirname, '..');
// Chromium for the browser tests and PDFs, Java for the Nu HTML Checker: found or installed first
const env = { ...process.env, CHROMIUM_PATH: await findChromium(), JAVA_PATH: await findJava(), ASTRO_TELEMETRY_DISABLED: '1' };
const run = (label: string, args: string[]) => {
  console.log(`\n== ${label}`);
  return spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;
};

const failed: string[] = [];
if (run('typen (astro check)', ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning'])) failed.push('astro check');
if (run('opmaak (prettier --check)', ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.']))
  failed.push('prettier');
if (run('unit-, component- en bouwtests (vitest)', ['node_modules/vitest/vitest.mjs', 'run'])) failed.push('vitest');
if (!existsSync(resolve(root, 'dist/index.html')) || process.env.MJA_REBUILD) {
  console.log('Geen gebouwde site in dist/: eerst bouwen.');
  if (run('bouwen', ['scripts/build.ts'])) process.exit(1);
}
if (run('browsertests (Playwright)', ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)])) failed.push('playwright');
if (failed.length) console.error(`\nMislukt: ${failed.join(', ')}`);
process.exit(failed.length ? 1 : 0);
