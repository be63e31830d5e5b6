/**
 * The preview tells the truth, tried as a writer would in Chromium: a changed document title in
 * YAML reaches the page, a chapter edit too, an invalid value shows every problem with file and
 * field in the browser (and the page comes back when it is fixed), and search says why it has no
 * results when there is no index yet.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright';

const work = mkdtempSync(join(tmpdir(), 'mja-dev-'));
const content = join(work, 'content');
cpSync(resolve('tests/fixtures/basic'), content, { recursive: true });
let port = 0;
let base = '';
let server: ChildProcess;
let browser: Browser;
let page: Page;
let log = '';

const edit = (file: string, from: string | RegExp, to: string) => {
  const p = join(content, file);
  const text = readFileSync(p, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit had no effect on ${file}`);
  writeFileSync(p, next);
};

beforeAll(async () => {
  // a free port, so that no other server (or an earlier run) answers instead
  port = await new Promise<number>((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const p = (probe.address() as { port: number }).port;
      probe.close(() => ok(p));
    });
  });
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    // as from a writer's terminal: without vitest's own variables (Astro changes behaviour under VITEST)
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST')),
      MJA_CONTENT: content,
      MJA_CACHE_DIR: join(work, 'cache'),
      MJA_DIST: join(work, 'dist'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  // ready when a content page renders (Astro answers 404 while Vite still optimizes dependencies)
  for (let i = 0; i < 180; i++) {
    try {
      if ((await fetch(base + '/proefregio/documenten/agenda/', { headers: { accept: 'text/html' } })).status === 200) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  await new Promise((r) => setTimeout(r, 500));
  rmSync(work, { recursive: true, force: true });
});

/** Open a page; a reload the server sends after the previous edit may abort the first try. */
async function open(path: string) {
  for (let i = 0; ; i++) {
    try {
      return await page.goto(base + path);
    } catch (e) {
      if (i === 3) throw e;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
const h1 = () => page.locator('h1').first();
const waitForH1 = (text: string) =>
  page.waitForFunction((t) => document.querySelector('h1')?.textContent?.includes(t), text, { timeout: 30_000 });

it("a changed title in a document's YAML reaches the open page without a manual reload", async () => {
  await open('/proefregio/documenten/agenda/');
  expect(await h1().textContent()).toContain('Proefagenda 2026-2030');
  edit('proefregio/documents/agenda.yaml', /^title: .*$/m, 'title: Bijgewerkte proefagenda');
  await waitForH1('Bijgewerkte proefagenda');
}, 60_000);

it('an invalid value shows every problem with file and field, and the page comes back once fixed', async () => {
  edit('proefregio/documents/agenda.yaml', /^status: .*$/m, 'status: klaar');
  await waitForH1('Fouten in de inhoud');
  const text = await page.locator('main').textContent();
  expect(text).toMatch(/proefregio\/documents\/agenda\.yaml:\d+\s+veld document "agenda" › status: "klaar" is geen toegestane waarde/);
  // other pages say so too, not the old version
  await open('/proefregio/');
  expect(await h1().textContent()).toContain('Fouten in de inhoud');
  await open('/proefregio/documenten/agenda/');
  edit('proefregio/documents/agenda.yaml', /^status: klaar$/m, 'status: concept');
  await waitForH1('Bijgewerkte proefagenda');
}, 90_000);

it('a chapter edit reaches its page', async () => {
  await open('/proefregio/documenten/agenda/01-inleiding/');
  const file = 'proefregio/documents/agenda/01-inleiding.mdx';
  writeFileSync(join(content, file), readFileSync(join(content, file), 'utf8') + '\nEen zin die er net bij kwam.\n');
  await page.waitForFunction(() => document.body.textContent?.includes('Een zin die er net bij kwam.'), null, { timeout: 30_000 });
}, 60_000);

it('search without an index says how to get one', async () => {
  await open('/zoeken/?q=werk');
  // one wait for both texts in <main>: a late reload from an earlier test's edit can replace the page in between
  const says = () =>
    page.waitForFunction(
      () => {
        const t = document.querySelector('main')?.textContent ?? '';
        return t.includes('Zoeken is nog niet beschikbaar') && t.includes('npm run build');
      },
      null,
      { timeout: 20_000 },
    );
  // a reload the dev server sends for an earlier edit can land mid-load on a busy machine: open once more
  // before failing (a page that never shows the message still fails, on the second wait)
  await says().catch(async () => {
    await open('/zoeken/?q=werk');
    await says();
  });
}, 90_000);
