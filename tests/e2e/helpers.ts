import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { getModel } from '../../src/model/index.ts';
import { outputs } from '../../src/model/outputs.ts';

export const DIST = 'dist';

/** The build's HTML outputs (src/model/outputs.ts; outputs.spec.ts checks the list equals what was built). */
const htmlOutputs = () => outputs(getModel('content').model).filter((o) => o.file.endsWith('.html'));

/** All HTML pages of the built site (index.html of each address), as URL paths. */
export function pages(): string[] {
  return htmlOutputs()
    .filter((o) => o.file.endsWith('index.html'))
    .map((o) => `/${o.path}`)
    .sort();
}

/** Every built HTML file (index.html of each page, 404.html), as file paths. */
export function htmlFiles(): string[] {
  return htmlOutputs()
    .map((o) => join(DIST, o.file))
    .sort();
}

export const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

/** Record every request the page makes; returns the list of URLs outside the site's own origin. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  return foreign;
}
