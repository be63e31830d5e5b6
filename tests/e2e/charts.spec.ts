/**
 * Charts draw only numbers: a row for which the source gives no number ("rond de 9.600-9.800", "PM")
 * is left out of the chart, where an empty bar would read as zero, and named under it.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { htmlFiles } from './helpers.ts';

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

test('no chart draws a row without any number, and such rows are named under the chart', () => {
  let charts = 0;
  let notes = 0;
  const empty: string[] = [];
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<figure[^>]*data-chart[^>]*>([\s\S]*?)<\/figure>/g)) {
      const cfgAttr = /data-chart-config="([^"]*)"/.exec(m[1]);
      if (!cfgAttr) continue;
      charts++;
      const cfg = JSON.parse(decode(cfgAttr[1])) as { labels: string[]; datasets: { data: (number | null)[] }[] };
      cfg.labels.forEach((l, i) => {
        if (cfg.datasets.every((d) => d.data[i] === null)) empty.push(`${file}: ${l}`);
      });
      if (/data-chart-missing/.test(m[1])) notes++;
    }
  }
  expect(charts).toBeGreaterThan(20);
  expect(empty).toEqual([]);
  // the real content has such rows (Rivierenland's sectors given as "rond de 9.600-9.800")
  expect(notes).toBeGreaterThan(0);
});
