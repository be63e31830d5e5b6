/**
 * Every built HTML page is valid HTML: the Nu HTML Checker (the W3C validator, vnu.jar) finds no error,
 * and html-validate's recommended rules hold (a few settled exceptions below).
 */
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findJava } from '../../scripts/java.ts';
import { DIST, htmlFiles, pages } from './helpers.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // a table's scroll container is a focusable, named role="region" (a <section> would be a new outline level)
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // page titles carry official document names, which are long
    'long-title': 'off',
    // ids may start with a digit in HTML (heading slugs such as "5-een-visie")
    'valid-id': ['error', { relaxed: true }],
    // the region's accent colour and the print editions' named pages are set per element
    'no-inline-style': 'off',
    // the action filters apply in place on change; there is nothing to submit
    'wcag/h32': 'off',
  },
});

test('every page is valid HTML', async () => {
  const problems: string[] = [];
  const all = pages();
  expect(all.length).toBeGreaterThan(100);
  for (const p of all) {
    const report = await validator.validateFile(join(DIST, p, 'index.html'));
    for (const r of report.results) for (const m of r.messages) problems.push(`${p} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
  }
  expect(problems.slice(0, 20)).toEqual([]);
});

test('every page passes the Nu HTML Checker (vnu) without errors', async () => {
  test.setTimeout(120_000);
  const files = htmlFiles();
  expect(files.length).toBeGreaterThan(100);
  const java = process.env.JAVA_PATH || (await findJava({ install: false }));
  expect(java, 'Geen Java 11+ gevonden voor vnu.jar: draai npm test (installeert default-jre-headless) of zet JAVA_PATH').toBeTruthy();
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  // one run over all files: the JVM starts once (a few seconds for the whole site)
  const r = spawnSync(java!, ['-jar', jar, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.status, r.stderr).toBe(0);
  const messages: { type: string; url: string; lastLine?: number; message: string }[] = JSON.parse(r.stdout).messages;
  const where = (u: string) => '/' + relative(resolve(DIST), fileURLToPath(u));
  const errors = messages.filter((m) => m.type !== 'info').map((m) => `${where(m.url)}:${m.lastLine ?? '?'} ${m.message}`);
  expect(errors.slice(0, 30), `${errors.length} vnu-fouten`).toEqual([]);
});
