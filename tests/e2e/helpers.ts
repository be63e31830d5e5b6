import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const DIST = 'dist';

/** All HTML pages of the built site, as URL paths. */
export function pages(): string[] {
  const out: string[] = [];
  (function walk(dir: string) {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') out.push('/' + p.slice(DIST.length + 1, -'index.html'.length));
    }
  })(DIST);
  return out.sort();
}

/** Every built HTML file (index.html of each page, 404.html), as file paths. */
export function htmlFiles(): string[] {
  const out: string[] = [];
  (function walk(dir: string) {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(p);
    }
  })(DIST);
  return out.sort();
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
