/**
 * The integration gives the whole site from plain `astro build` (no npm run build around it),
 * and a site served under a base path (MJA_BASE) links, indexes and lists its pages under it.
 */
import { afterAll, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { getModel } from '../../src/model/index.ts';
import { outputs } from '../../src/model/outputs.ts';

const work = mkdtempSync(join(tmpdir(), 'mja-astro-'));
const content = join(work, 'content');
const out = join(work, 'out');
cpSync(resolve('tests/fixtures/basic'), content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('plain astro build under a base path writes every output, the sitemap, the search index and the PDFs', () => {
  // vitest puts Vite's own BASE_URL, MODE, DEV, PROD and SSR into process.env; a real build has none
  const { BASE_URL, MODE, DEV, PROD, SSR, ...clean } = process.env;
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    env: {
      ...clean,
      ASTRO_TELEMETRY_DISABLED: '1',
      MJA_CONTENT: content,
      MJA_OUT: out,
      MJA_CACHE_DIR: join(work, 'cache'),
      MJA_BASE: '/agenda/',
      MJA_SITE: 'https://voorbeeld.nl',
    },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr + r.stdout).toBe(0);
  const list = outputs(getModel(content).model);
  for (const o of list) expect(existsSync(join(out, o.file)), o.file).toBe(true);

  // every link and script of every page stays under the base path
  for (const o of list.filter((x) => x.file.endsWith('.html'))) {
    const html = readFileSync(join(out, o.file), 'utf8');
    const local = [...html.matchAll(/(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]);
    expect(
      local.filter((u) => !u.startsWith('/agenda/')),
      o.file,
    ).toEqual([]);
  }
  const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
  expect(sitemap).toContain('<loc>https://voorbeeld.nl/agenda/proefregio/</loc>');
  expect(sitemap).not.toMatch(/<loc>https:\/\/voorbeeld\.nl\/(?!agenda\/)/);
  // the search index knows the pages by their address under the base
  const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8'));
  expect(entry.languages.nl.page_count).toBeGreaterThan(5);
  const search = readFileSync(join(out, 'zoeken/index.html'), 'utf8');
  const scripts = [...search.matchAll(/src="\/agenda\/(_astro\/[^"]+\.js)"/g)].map((m) => readFileSync(join(out, m[1]), 'utf8')).join('\n');
  expect(scripts).toContain('/agenda/');
  expect(existsSync(join(out, 'pdf/proefregio-agenda.pdf'))).toBe(true);
}, 180_000);
