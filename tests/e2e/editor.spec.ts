/**
 * The browser editor in local mode, tried as a writer would: `npm run editor` on a copy of the
 * test content (never on content/), on 127.0.0.1. In Chromium the writer changes a chapter's
 * title, a cell of a table and adds an action (first without a description, then with a date that
 * does not exist: the editor refuses, the second time with the schema's Dutch message, and writes
 * nothing). Then the files on disk hold exactly those changes,
 * `npm run validate` passes and a build shows them.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'mja-editor-'));
const content = join(work, 'content');
const fixture = resolve(root, 'tests/fixtures/basic');
let editor: ChildProcess;
let base = '';
let log = '';

const freePort = () =>
  new Promise<number>((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const p = (probe.address() as { port: number }).port;
      probe.close(() => ok(p));
    });
  });

const env = (extra: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('MJA_'))),
  ASTRO_TELEMETRY_DISABLED: '1',
  MJA_CONTENT: content,
  ...extra,
});

test.beforeAll(async () => {
  cpSync(fixture, content, { recursive: true });
  const [port, apiPort] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${port}`;
  editor = spawn(process.execPath, ['scripts/editor.ts', '--geen-voorbeeld', '--poort', String(port), '--api-poort', String(apiPort)], {
    cwd: root,
    env: env({}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  editor.stdout!.on('data', (d) => (log += d));
  editor.stderr!.on('data', (d) => (log += d));
  for (let i = 0; i < 120 && !log.includes('Redactie: '); i++) await new Promise((r) => setTimeout(r, 250));
  expect(log, log).toContain(`Redactie: ${base}/admin/`);
  // decap-server answers on loopback only, through the editor's own origin
  for (let i = 0; i < 80; i++) {
    const r = await fetch(`${base}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"action":"info"}',
    }).catch(() => undefined);
    if (r?.ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(() => {
  if (editor && editor.exitCode === null) editor.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

/** Open one entry with a fresh page load (Decap keeps the previous form when only the hash changes). */
async function open(page: Page, hash: string) {
  await page.goto(`${base}/admin/#/${hash}`);
  await page.reload();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publiceer' }).click();
  await page.getByText('Publiceer nu').click();
}

const read = (rel: string) => readFileSync(join(content, rel), 'utf8');

test('a writer edits a chapter, a table and the actions in the browser; validate and the build agree', async ({ page }) => {
  page.setDefaultTimeout(15_000);
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  const chapterBefore = read('proefregio/documents/agenda/01-inleiding.mdx');
  const actionsBefore = parse(read('proefregio/actions.yaml'));

  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('link', { name: 'Proefregio: hoofdstukken' })).toBeVisible();

  // 1. a chapter's title: only the title line changes, the text stays byte for byte
  await open(page, 'collections/proefregio-hoofdstukken/entries/agenda/01-inleiding');
  await page.getByLabel('Titel', { exact: true }).fill('Inleiding en aanleiding');
  await publish(page);
  await expect(page.getByText('Item opgeslagen')).toBeVisible();
  const chapter = read('proefregio/documents/agenda/01-inleiding.mdx');
  expect(chapter).toBe(chapterBefore.replace('title: Inleiding\n', 'title: Inleiding en aanleiding\n'));

  // 2. a table cell: the rows are lines with cells between |; "PM" becomes the number 4500
  const tableTextBefore = read('proefregio/tables/werkzoekenden.yaml');
  const actionsTextBefore = read('proefregio/actions.yaml');
  await open(page, 'collections/proefregio-tabellen/entries/werkzoekenden');
  const rows = page.getByLabel('Rijen', { exact: true });
  await expect(rows).toHaveValue('Laag | 5000\nMiddelbaar | 4000\nHoog | PM');
  await rows.fill('Laag | 5000\nMiddelbaar | 4000\nHoog | 4500');
  await publish(page);
  await expect(page.getByText('Item opgeslagen')).toBeVisible();
  const table = parse(read('proefregio/tables/werkzoekenden.yaml'));
  expect(table.rows).toEqual([
    ['Laag', 5000],
    ['Middelbaar', 4000],
    ['Hoog', 4500],
  ]);
  expect(table.totals).toEqual([['Totaal', 9500]]);
  expect(table.columns[0]).toEqual({ id: 'niveau', label: 'Opleidingsniveau', unit: 'tekst' });
  // only the edited line changed in the file; the rest keeps its text (src/editor/merge.ts)
  const changedLines = (a: string, b: string) => {
    const x = a.split('\n');
    const y = b.split('\n');
    return x.length === y.length ? x.filter((l, i) => l !== y[i]) : x;
  };
  expect(changedLines(tableTextBefore, read('proefregio/tables/werkzoekenden.yaml'))).toEqual([
    tableTextBefore.split('\n').find((l) => l.includes('Hoog')),
  ]);

  // 3. a new action. Without its description Decap refuses (a required field); with a date that
  //    does not exist the schema check refuses, in Dutch, naming the field; nothing is written
  await open(page, 'collections/proefregio-gegevens/entries/acties');
  await page.getByRole('button', { name: /Voeg actie toe/ }).click();
  await page.locator('input[id^="id-field"]').last().fill('4');
  await page.locator('input[id^="title-field"]').last().fill('Banenmarkt organiseren');
  const themes = page.locator('input[id^="themes-field"]').last();
  await themes.fill('werk');
  await page.getByRole('option', { name: 'Werk voor iedereen', exact: true }).click();
  const type = page.locator('input[id^="type-field"]').last();
  await type.fill('uitvoeren');
  await type.press('Enter');
  await publish(page);
  await expect(page.getByText('Oeps, sommige verplichte velden zijn niet ingevuld.')).toBeVisible();
  expect(parse(read('proefregio/actions.yaml'))).toEqual(actionsBefore);

  await page.locator('textarea[id^="description-field"]').last().fill('Twee keer per jaar een banenmarkt met werkgevers uit de regio.');
  const start = page.locator('input[id^="start-field"]').last();
  await start.fill('2026-02-30');
  await publish(page);
  const alert = page.locator('#mja-problemen');
  await expect(alert).toContainText(
    'Acties › nr. 5 › Looptijd (timing) › Begin (start): ongeldige datum "2026-02-30": die datum bestaat niet',
  );
  expect(parse(read('proefregio/actions.yaml'))).toEqual(actionsBefore);

  await start.clear();
  await start.fill('2026-Q3');
  await publish(page);
  await expect(page.getByText('Item opgeslagen')).toBeVisible();
  await expect(alert).toBeHidden();
  const actions = parse(read('proefregio/actions.yaml'));
  expect(actions.slice(0, -1)).toEqual(actionsBefore);
  // the entries already there keep their text; the new one follows them
  expect(read('proefregio/actions.yaml').startsWith(actionsTextBefore.trimEnd())).toBe(true);
  expect(actions.at(-1)).toEqual({
    id: '4',
    title: 'Banenmarkt organiseren',
    description: 'Twee keer per jaar een banenmarkt met werkgevers uit de regio.',
    themes: ['werk'],
    type: 'uitvoeren',
    timing: { start: '2026-Q3' },
    status: 'gepland',
  });
  expect(csp, csp.join('\n')).toEqual([]);

  // 4. what the editor wrote passes validate, and a build shows it
  const validate = spawnSync(process.execPath, ['scripts/validate.ts'], { cwd: root, env: env({}), encoding: 'utf8' });
  expect(validate.status, validate.stdout + validate.stderr).toBe(0);
  const out = join(work, 'site');
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    cwd: root,
    env: env({ MJA_OUT: out, MJA_CACHE_DIR: join(work, 'cache'), MJA_SKIP: 'pdf,search,sitemap' }),
    encoding: 'utf8',
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const html = (rel: string) => readFileSync(join(out, rel), 'utf8');
  expect(html('proefregio/documenten/agenda/index.html')).toContain('Inleiding en aanleiding');
  expect(html('proefregio/cijfers/werkzoekenden.csv')).toMatch(/Hoog[;,]4500/);
  expect(html('proefregio/cijfers/index.html')).toContain('4.500');
  expect(html('proefregio/uitvoering/index.html')).toContain('Banenmarkt organiseren');
});
