/** The list of outputs (src/model/outputs.ts) is exactly what the build wrote: nothing missing, nothing unlisted. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { getModel } from '../../src/model/index.ts';
import { outputs } from '../../src/model/outputs.ts';
import { DIST } from './helpers.ts';

// files the build adds beside the outputs: Astro's assets, Pagefind's index, the sitemap and the PDF manifest
const EXTRA = /^(_astro|pagefind)\/|^sitemap\.xml$|^pdf\/manifest\.json$/;

test('every output is built and every built file is an output', () => {
  const list = outputs(getModel('content').model);
  const listed = list.map((o) => o.file).sort();
  const built = (readdirSync(DIST, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => `${d.parentPath}/${d.name}`.slice(DIST.length + 1))
    .filter((f) => !EXTRA.test(f))
    .sort();
  expect(built).toEqual(listed);
  // print editions and letters say noindex in their HTML exactly when the list says so
  for (const o of list.filter((x) => x.file.endsWith('.html'))) {
    const html = readFileSync(`${DIST}/${o.file}`, 'utf8');
    expect(html.includes('<meta name="robots" content="noindex">'), o.file).toBe(o.noindex);
  }
});
