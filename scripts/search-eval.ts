#!/usr/bin/env node
/**
 * npm run search:eval: asks the search page of the built site every question of
 * tests/search-eval/questions.json, as a resident would, and reports top-1 and top-3.
 *
 * How: serves dist/, opens /zoeken/ in Chromium and calls the page's own `mjaSearch(q)` (the same
 * ranking the page renders: stop words, region in the query, fallback per word), top 3 results.
 * A result is a hit when it belongs to the question's region (for "landelijk": a national page or
 * a page of no region) and the text of its page contains every answer string (case, spaces and the
 * thousands separator of Dutch numbers ignored). "Strict" also asks a result that is a part of a
 * page (an action, a body: `…#actie-1-2`) to hold the answers in that part itself.
 * Questions whose answers no page of their region holds are content gaps, reported apart.
 *
 * Set "tune" is reported question by question; set "holdout" only as totals (the ranking is not
 * tuned on it).
 *
 *   npm run search:eval [-- --dist <folder>] [--questions <file>] [--json <out file>] [--ranking '{"pageLength":0.8}']
 *
 * --ranking tries other Pagefind ranking weights on the built index (no build needed).
 */
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { chromium } from 'playwright';
import { serve, origin } from '../src/integration/serve.ts';
import { findChromium, launchArgs } from '../src/integration/browser.ts';

interface Question {
  id: string;
  question: string;
  region: string;
  answer: string[];
  set: 'tune' | 'holdout';
}
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, arg('dist', 'dist'));
const questions: Question[] = JSON.parse(readFileSync(resolve(root, arg('questions', 'tests/search-eval/questions.json')), 'utf8'));
const jsonOut = arg('json', '');

/** Lowercase, one space for any run of white space, no thousands separator in numbers, one kind of quote and dash. */
export const normalize = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009\s]+/g, ' ')
    .replace(/(\d)[.\u202f ](?=\d{3}(?!\d))/g, '$1')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .trim();

// ---- the built pages: text, region, parts (cached per file)
const pages = new Map<string, { text: string; regio: string | null; tree: Root }>();
function pageOf(path: string) {
  let p = pages.get(path);
  if (p) return p;
  const file = join(dist, path.replace(/^\/+/, ''), path.endsWith('.html') ? '' : 'index.html');
  const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const tree = fromHtml(html) as Root;
  let main: Element | undefined;
  const find = (n: Root | Element): void => {
    for (const c of n.children) if (c.type === 'element') c.tagName === 'main' ? (main = c) : find(c);
  };
  find(tree);
  const regio = /data-pagefind-meta="regio:([^"]+)"/.exec(html)?.[1] ?? null;
  p = { text: normalize(main ? toText(main) : ''), regio, tree: main ? ({ type: 'root', children: [main] } as Root) : tree };
  pages.set(path, p);
  return p;
}
function partText(tree: Root, id: string): string | null {
  let hit: Element | undefined;
  const find = (n: Root | Element): void => {
    for (const c of n.children) if (c.type === 'element') c.properties.id === id ? (hit = c) : find(c);
  };
  find(tree);
  return hit ? normalize(toText(hit)) : null;
}

const regionNames = new Map<string, string>(); // id → name as pages carry it
for (const dir of ['gooi-en-vechtstreek', 'noord-limburg', 'rijnmond', 'rivierenland', 'zuid-kennemerland-en-ijmond', 'landelijk']) {
  const p = pageOf(dir === 'landelijk' ? '/landelijk/documenten/' : `/${dir}/`);
  if (p.regio) regionNames.set(dir, p.regio);
}
const inRegion = (q: Question, regio: string | null) =>
  q.region === 'landelijk' ? regio === null || regio === regionNames.get('landelijk') : regio === regionNames.get(q.region);
const holds = (text: string, q: Question) => q.answer.every((a) => text.includes(normalize(a)));

function judge(q: Question, url: string) {
  const u = new URL(url, 'http://x');
  const p = pageOf(u.pathname);
  if (!inRegion(q, p.regio)) return { hit: false, strict: false };
  const hit = holds(p.text, q);
  const id = decodeURIComponent(u.hash.slice(1));
  const part = id ? partText(p.tree, id) : null;
  return { hit, strict: hit && (part === null || holds(part, q)) };
}

// every indexed page of the site, for the content gaps
const allPages: string[] = [];
{
  const { execFileSync } = await import('node:child_process');
  const files = execFileSync('find', [dist, '-name', 'index.html', '-not', '-path', '*/versies/*', '-not', '-path', '*/pagefind/*'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
  for (const f of files) {
    const html = readFileSync(f, 'utf8');
    if (!/data-pagefind-body/.test(html)) continue;
    allPages.push(f.slice(dist.length).replace(/index\.html$/, ''));
  }
}
const gap = (q: Question) => !allPages.some((path) => inRegion(q, pageOf(path).regio) && holds(pageOf(path).text, q));

// ---- ask the search page
const server = await serve(dist, 0);
const browser = await chromium.launch({ executablePath: await findChromium({ install: false }), args: launchArgs });
const page = await browser.newPage();
const ranking = arg('ranking', '');
if (ranking) await page.addInitScript((r) => ((window as any).mjaRanking = JSON.parse(r)), ranking);
await page.goto(`${origin(server)}/zoeken/`);
await page.waitForFunction(() => typeof (window as any).mjaSearch === 'function');
const answers: Record<string, string[]> = await page.evaluate(
  async (qs) => {
    const out: Record<string, string[]> = {};
    for (const [id, q] of qs) {
      const r: any[] = await (window as any).mjaSearch(q, 3);
      out[id] = r.slice(0, 3).map((x) => (typeof x === 'string' ? x : x.url));
    }
    return out;
  },
  questions.map((q) => [q.id, q.question] as [string, string]),
);
await browser.close();
server.close();

type Tally = {
  n: number;
  top1: number;
  top3: number;
  strict1: number;
  strict3: number;
  gaps: number;
  top3NoGaps: number;
  top1NoGaps: number;
  aggregateFirst: number;
};
const tally = (): Tally => ({ n: 0, top1: 0, top3: 0, strict1: 0, strict3: 0, gaps: 0, top3NoGaps: 0, top1NoGaps: 0, aggregateFirst: 0 });
/** A whole aggregate page (not one of its parts): open data, a region's actions or organisation. */
const AGGREGATE = /\/(open-data|uitvoering|organisatie)\/$/;
const sets: Record<string, Tally> = { tune: tally(), holdout: tally() };
const misses: string[] = [];
for (const q of questions) {
  const t = sets[q.set];
  const urls = answers[q.id] ?? [];
  const js = urls.map((u) => judge(q, u));
  const isGap = gap(q);
  t.n++;
  if (js[0]?.hit) t.top1++;
  if (js.some((j) => j.hit)) t.top3++;
  if (js[0]?.strict) t.strict1++;
  if (js.some((j) => j.strict)) t.strict3++;
  if (urls[0] && AGGREGATE.test(new URL(urls[0], 'http://x').pathname + new URL(urls[0], 'http://x').hash)) t.aggregateFirst++;
  if (isGap) t.gaps++;
  else {
    if (js[0]?.hit) t.top1NoGaps++;
    if (js.some((j) => j.hit)) t.top3NoGaps++;
  }
  if (q.set === 'tune' && !js.some((j) => j.hit))
    misses.push(
      `${q.id} [${q.region}]${isGap ? ' (geen pagina met het antwoord)' : ''} ${q.question}\n    → ${urls.join('\n      ') || '(niets)'}`,
    );
}
const pct = (a: number, n: number) => `${a}/${n} (${n ? ((100 * a) / n).toFixed(0) : 0}%)`;
if (misses.length) console.log(`tune, niet in de top 3:\n  ${misses.join('\n  ')}\n`);
for (const [name, t] of Object.entries(sets)) {
  if (!t.n) continue;
  console.log(
    `${name}: top-1 ${pct(t.top1, t.n)}, top-3 ${pct(t.top3, t.n)}; strikt (deel van een pagina telt alleen als dat deel het antwoord bevat) top-1 ${pct(t.strict1, t.n)}, top-3 ${pct(t.strict3, t.n)}; inhoudsgaten ${t.gaps}; zonder gaten top-1 ${pct(t.top1NoGaps, t.n - t.gaps)}, top-3 ${pct(t.top3NoGaps, t.n - t.gaps)}; een hele verzamelpagina (open data, uitvoering, organisatie) als eerste ${t.aggregateFirst}`,
  );
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(sets, null, 2) + '\n');
