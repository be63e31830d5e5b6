/**
 * Word spaces in the justified text of the print editions, as Chromium lays them out for the PDF
 * (print media, the PDF step's viewport): per justified line (not the last line of a paragraph)
 * the widest word space as a multiple of the font's normal space, with the build's Dutch soft
 * hyphens and, for comparison, with them taken out. Wide spaces line up into rivers; the
 * decision to justify stands on these numbers.
 * Run after a build: node bench/justify.ts [dist]
 */
import { chromium } from 'playwright';
import { getModel } from '../src/model/index.ts';
import { outputs } from '../src/model/outputs.ts';
import { serve, origin } from '../src/integration/serve.ts';
import { findChromium, launchArgs } from '../src/integration/browser.ts';

const dist = process.argv[2] ?? 'dist';
const prints = outputs(getModel('content').model).filter((o) => o.kind === 'print' && o.path.includes('/documenten/'));
const server = await serve(dist, 0);
const browser = await chromium.launch({ executablePath: await findChromium(), args: launchArgs });
const page = await browser.newPage({ viewport: { width: 658, height: 930 } });
await page.emulateMedia({ media: 'print' });
const measure = () =>
  page.evaluate(() => {
    const ratios: number[] = [];
    for (const p of document.querySelectorAll<HTMLElement>('.prose p')) {
      if (getComputedStyle(p).textAlign !== 'justify') continue;
      const probe = document.createElement('span');
      probe.style.whiteSpace = 'pre';
      probe.textContent = ' ';
      p.append(probe);
      const normal = probe.getBoundingClientRect().width;
      probe.remove();
      // the width of every space, by line
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n.textContent ?? '';
        for (let i = 0; i < t.length; i++) {
          if (t[i] !== ' ') continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          const rect = r.getBoundingClientRect();
          if (!rect.width) continue;
          const top = Math.round(rect.top);
          lines.set(top, Math.max(lines.get(top) ?? 0, rect.width));
        }
      }
      const tops = [...lines.keys()].sort((a, b) => a - b);
      tops.pop(); // the last line is not justified
      for (const t of tops) ratios.push(lines.get(t)! / normal);
    }
    return ratios;
  });
const stats = (r: number[]) => {
  const s = [...r].sort((a, b) => a - b);
  const q = (x: number) => s[Math.min(s.length - 1, Math.floor(x * s.length))] ?? 0;
  return `${s.length} regels, mediaan ${q(0.5).toFixed(2)}×, 95% ${q(0.95).toFixed(2)}×, max ${(s.at(-1) ?? 0).toFixed(2)}×, boven 2× ${((100 * s.filter((x) => x > 2).length) / (s.length || 1)).toFixed(1)}%`;
};
const all = { with: [] as number[], without: [] as number[] };
for (const o of prints) {
  await page.goto(`${origin(server)}/${o.path}`, { waitUntil: 'load' });
  const w = await measure();
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) n.textContent = (n.textContent ?? '').replace(/\u00ad/g, '');
  });
  const wo = await measure();
  all.with.push(...w);
  all.without.push(...wo);
  console.log(`${o.path}\n  met afbreekstreepjes:    ${stats(w)}\n  zonder afbreekstreepjes: ${stats(wo)}`);
}
console.log(`alle edities\n  met afbreekstreepjes:    ${stats(all.with)}\n  zonder afbreekstreepjes: ${stats(all.without)}`);
await browser.close();
server.close();
