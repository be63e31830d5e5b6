/**
 * Hostile content that passes validation (script and HTML written as text in every kind of field,
 * a glossary expansion that tries to break out of its attribute, a CSV cell with a formula) is
 * built, and every page of the result is opened in Chromium: no dialog fires, no javascript:
 * link exists, the hostile text shows as text, the CSV download is neutralised. Hostile MDX
 * (script, expressions, handlers, javascript: links) is refused before the build: see
 * tests/build/corpus.test.ts.
 */
import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { parseDocument } from 'yaml';
import { origin, serve } from '../../src/integration/serve.ts';

test.describe.configure({ mode: 'serial' });

const work = mkdtempSync(join(tmpdir(), 'mja-inject-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
let server: Server;
let base = '';

/** alert(n) in as many forms as a page could run it. */
const X = (n: number) => `<script>alert(${n})</script><img src=x onerror=alert(${n})>"><svg onload=alert(${n})>javascript:alert(${n})`;

function edit(file: string, change: (d: ReturnType<typeof parseDocument>) => void) {
  const p = join(content, file);
  const d = parseDocument(readFileSync(p, 'utf8'));
  change(d);
  writeFileSync(p, String(d));
}

test.beforeAll(async () => {
  test.setTimeout(600_000);
  cpSync(resolve('tests/fixtures/basic'), content, { recursive: true });
  edit('proefregio/region.yaml', (d) => {
    d.setIn(['name'], `Proefregio ${X(1)}`);
    d.setIn(['summary'], X(2));
    d.setIn(['werkcentrum', 'name'], X(3));
    d.setIn(['municipalities', 0, 'address'], d.createNode([X(4), '1000 AA Hoofdstad']));
    d.setIn(['municipalities', 0, 'signatories'], d.createNode([{ role: X(5), name: X(6) }]));
    d.setIn(['partners', 0, 'name'], X(7));
  });
  edit('proefregio/documents/agenda.yaml', (d) => {
    d.setIn(['title'], `Agenda </title><script>alert(8)</script>`);
    d.setIn(['summary'], X(9));
    d.setIn(['version'], X(10));
    d.setIn(['letter'], d.createNode({ onderwerp: X(11), kenmerk: X(12), bijlagen: [X(13)] }));
    d.setIn(['authors'], d.createNode([X(14)]));
  });
  edit('proefregio/tables/werkzoekenden.yaml', (d) => {
    d.setIn(['title'], X(15));
    d.setIn(['columns', 0, 'label'], X(16));
    d.setIn(['rows', 0, 0], '=HYPERLINK("javascript:alert(17)","klik")');
    d.setIn(['notes'], d.createNode([X(18)]));
    d.setIn(['source'], X(19));
  });
  edit('proefregio/glossary.yaml', (d) => d.setIn([0, 'expansion'], `" onmouseover="alert(20)" x="`));
  edit('proefregio/themes.yaml', (d) => d.setIn([0, 'title'], X(21)));
  edit('proefregio/actions.yaml', (d) => d.setIn([0, 'title'], X(22)));
  edit('proefregio/bodies.yaml', (d) => d.setIn([0, 'name'], X(23)));
  edit('proefregio/indicators.yaml', (d) => d.setIn([0, 'label'], X(24)));
  const ch = join(content, 'proefregio/documents/agenda/01-inleiding.mdx');
  writeFileSync(
    ch,
    readFileSync(ch, 'utf8')
      .replace('title: Inleiding', `title: '${X(25).replace(/'/g, "''")}'`)
      .replace(
        'Er is krapte op de arbeidsmarkt.',
        'Tekst &lt;script&gt;alert(26)&lt;/script&gt; en \\{process.exit(7)\\} en [een veilige link](https://example.com/?a="b") en <abbr title="&quot; onclick=&quot;alert(27)">RWC</abbr>.',
      ),
  );
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, MJA_CONTENT: content, MJA_DIST: dist, MJA_SKIP: 'pdf,search' },
    encoding: 'utf8',
    timeout: 540_000,
  });
  expect(r.status, r.stderr + r.stdout).toBe(0);
  server = await serve(dist, 0);
  base = origin(server);
});

test.afterAll(() => {
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

function htmlPages(): string[] {
  const out: string[] = [];
  (function walk(dir: string) {
    for (const n of readdirSync(dir)) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n === 'index.html') out.push('/' + p.slice(dist.length + 1, -'index.html'.length));
    }
  })(dist);
  return out.sort();
}

test('no page of hostile content runs script or links to javascript:', async ({ page }) => {
  test.setTimeout(300_000);
  const all = htmlPages();
  expect(all.length).toBeGreaterThan(10);
  expect(all.some((p) => p.includes('/brief/'))).toBe(true); // letters are among them
  expect(all.some((p) => p.endsWith('/print/'))).toBe(true);
  const dialogs: string[] = [];
  page.on('dialog', (d) => (dialogs.push(`${page.url()}: ${d.message()}`), d.dismiss()));
  const problems: string[] = [];
  let shownAsText = 0;
  for (const p of all) {
    await page.goto(base + p, { waitUntil: 'load' });
    // hover and click what the hostile glossary text and handlers aimed at
    for (const abbr of await page.locator('abbr').all()) await abbr.hover({ timeout: 2000 }).catch(() => {});
    const found = await page.evaluate(() => {
      const bad: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        for (const a of el.attributes) {
          if (/^on/i.test(a.name)) bad.push(`<${el.localName} ${a.name}>`);
          if (
            /^(href|src|action|formaction|xlink:href|data|cite)$/i.test(a.name) &&
            /^\s*(javascript|vbscript|data:text)/i.test(a.value.replace(/[\u0000-\u0020]/g, ''))
          )
            bad.push(`<${el.localName} ${a.name}="${a.value}">`);
        }
        if (
          ['script', 'iframe', 'object', 'embed', 'svg'].includes(el.localName) &&
          el.localName === 'script' &&
          !(el as HTMLScriptElement).src
        )
          bad.push('inline <script>');
        if (['iframe', 'object', 'embed'].includes(el.localName)) bad.push(`<${el.localName}>`);
      }
      return { bad, text: document.body.innerText.includes('<script>alert(') };
    });
    problems.push(...found.bad.map((b) => `${p}: ${b}`));
    if (found.text) shownAsText++;
  }
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
  // the hostile text did reach the pages, as text (so the checks above had something to catch)
  expect(shownAsText).toBeGreaterThan(5);
});

test('the CSV download neutralises the formula', async ({ request }) => {
  const csv = readdirSync(join(dist, 'proefregio/cijfers'), { recursive: true })
    .map(String)
    .find((f) => f.endsWith('.csv') && f.includes('werkzoekenden'));
  expect(csv).toBeTruthy();
  const text = await (await request.get(`${base}/proefregio/cijfers/${csv}`)).text();
  expect(text).toContain(`"'=HYPERLINK(""javascript:alert(17)"",""klik"")"`);
  expect(text).not.toMatch(/(^|;)"?=/m);
});
