/** Every built HTML page is valid HTML with html-validate's recommended rules (a few settled exceptions below). */
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { DIST, pages } from './helpers.ts';

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
