#!/usr/bin/env node
/**
 * Benchmark and byte budgets for the built site.
 *   npm run bench                  sizes of dist/ checked against the budgets below
 *   npm run bench -- --builds 3    also times N full builds and reports the median
 *   npm run bench -- --pdfs 3      also times N runs of the PDF step on dist/ and reports the median
 *   npm run bench -- --regions 35 [--runs 3]
 *                                  builds a synthetic national corpus of N regions (bench/generate.ts)
 *                                  cold and after one chapter edit; one JSON line (bench/national.ts)
 * The pages measured are the HTML outputs of the model's list of outputs.
 * Exit 1 when a budget is exceeded. Sizes are gzip bytes (what a browser transfers); PDFs as stored.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { getModel } from '../src/model/index.ts';
import { outputs } from '../src/model/outputs.ts';
import { settings } from '../src/settings.ts';
import type { ManifestEntry } from '../src/integration/pdf.ts';
import { national } from '../bench/national.ts';

if (process.argv.includes('--regions')) {
  await national(process.argv.slice(2));
  process.exit(0);
}

export const BUDGETS: Record<string, number> = {
  'largest HTML page (gzip)': 60_000,
  'CSS per page (gzip)': 12_000,
  'JS on a chart page (gzip)': 90_000,
  'JS on a page without interaction': 0,
  'largest PDF edition': 1_500_000,
  'largest letter PDF': 250_000,
};

const dist = settings().distDir;
const list = outputs(getModel().model);
const files = list.map((o) => join(dist, o.file));
const gz = (p: string) => gzipSync(readFileSync(p)).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const html = files.filter((f) => f.endsWith('.html'));
const htmlSizes = html.map(gz);
const assetsOf = (page: string, ext: string) =>
  [...readFileSync(page, 'utf8').matchAll(new RegExp(`(?:href|src)="(/_astro/[^"]+\\.${ext})"`, 'g'))].map((m) => join(dist, m[1]));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const chartPage = html.find((f) => readFileSync(f, 'utf8').includes('data-chart-config'))!;
// a page without interaction (the glossary has a region filter since it lists each term once)
const plainPage = join(dist, 'themas/index.html');
const inlineJs = (p: string) =>
  [...readFileSync(p, 'utf8').matchAll(/<script(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (a, m) => a + m[1].length,
    0,
  );

const measured: Record<string, number> = {
  'largest HTML page (gzip)': Math.max(...htmlSizes),
  'CSS per page (gzip)': sum(assetsOf(plainPage, 'css').map(gz)),
  'JS on a chart page (gzip)': sum(assetsOf(chartPage, 'js').map(gz)) + inlineJs(chartPage),
  'JS on a page without interaction': sum(assetsOf(plainPage, 'js').map(gz)) + inlineJs(plainPage),
  ...pdfSizes(),
};

/** Largest edition and largest letter, from the PDF manifest (0 when the build skipped the PDFs). */
function pdfSizes() {
  const file = join(dist, 'pdf/manifest.json');
  if (!existsSync(file)) {
    console.log('no PDFs in dist/ (built with MJA_SKIP=pdf?): PDF budgets not checked');
    return { 'largest PDF edition': 0, 'largest letter PDF': 0 };
  }
  const manifest: Record<string, ManifestEntry> = JSON.parse(readFileSync(file, 'utf8'));
  const editions = Object.values(manifest);
  const letters = editions.flatMap((e) => e.letters ?? []);
  return {
    'largest PDF edition': Math.max(...editions.map((e) => e.bytes)),
    'largest letter PDF': Math.max(0, ...letters.map((l) => l.bytes)),
  };
}
console.log(`pages: ${html.length}, HTML median ${median(htmlSizes)} B gzip, max ${Math.max(...htmlSizes)} B`);
const pdfs = files.filter((f) => f.endsWith('.pdf')).map((f) => statSync(f).size);
console.log(`PDFs: ${pdfs.length}, median ${median(pdfs)} B, total ${sum(pdfs)} B`);
let over = 0;
for (const [k, limit] of Object.entries(BUDGETS)) {
  const v = measured[k];
  const ok = v <= limit;
  if (!ok) over++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${k}: ${v} B (budget ${limit} B, ${limit ? ((v / limit) * 100).toFixed(0) : '-'}%)`);
}
/** Times N runs of a command and prints the median. */
function timeRuns(flag: string, label: string, args: string[]) {
  const i = process.argv.indexOf(flag);
  if (i < 0) return;
  const n = Number(process.argv[i + 1] ?? 3);
  const times: number[] = [];
  for (let k = 0; k < n; k++) {
    const t0 = Date.now();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed`);
    times.push((Date.now() - t0) / 1000);
  }
  console.log(
    `${label}: ${n} runs, median ${median(times).toFixed(1)} s (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`,
  );
}
timeRuns('--builds', 'build', ['scripts/build.ts']);
timeRuns('--pdfs', 'pdf step (all editions and letters)', ['scripts/pdf.ts']);
process.exit(over ? 1 : 0);
