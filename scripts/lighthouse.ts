/**
 * `npm run lighthouse [-- --runs N]`: Lighthouse (mobile, simulated throttling) on one page of every
 * page type of the built site in dist/, N runs each (default 3), and prints the median scores and
 * metrics per page type as a table and one JSON line. Not part of `npm test` (timing figures on a
 * shared machine belong in a benchmark; the test asserts the categories that do not depend on timing).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import { serve, origin } from '../src/integration/serve.ts';
import { findChromium, launchArgs } from '../src/integration/browser.ts';
import { lighthousePages, runLighthouse, type LhResult } from '../tests/lighthouse.ts';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 3) || 3;
if (!existsSync('dist/index.html')) {
  console.error('Geen gebouwde site in dist/: voer eerst npm run build uit.');
  process.exit(2);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await serve('dist', 0);
const debugPort = 9229 + 70;
const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: [...launchArgs, `--remote-debugging-port=${debugPort}`],
});
const rows: Record<string, unknown>[] = [];
try {
  for (const p of lighthousePages()) {
    const results: LhResult[] = [];
    for (let i = 0; i < runs; i++) results.push(await runLighthouse(`${origin(server)}${p.path}`, debugPort));
    const m = (f: (r: LhResult) => number) => median(results.map(f));
    const row = {
      kind: p.kind,
      path: p.path,
      performance: Math.round(m((r) => r.scores.performance) * 100),
      accessibility: Math.round(m((r) => r.scores.accessibility) * 100),
      bestPractices: Math.round(m((r) => r.scores['best-practices']) * 100),
      seo: p.indexable ? Math.round(m((r) => r.scores.seo) * 100) : null,
      fcpMs: Math.round(m((r) => r.metrics.fcp)),
      lcpMs: Math.round(m((r) => r.metrics.lcp)),
      tbtMs: Math.round(m((r) => r.metrics.tbt)),
      cls: Number(m((r) => r.metrics.cls).toFixed(3)),
      kB: Math.round(m((r) => r.totalBytes) / 1024),
    };
    rows.push(row);
    console.log(Object.values(row).join('\t'));
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify({ runs, pages: rows }));
