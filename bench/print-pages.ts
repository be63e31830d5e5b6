/**
 * Pages and words per print edition: reads dist/pdf/manifest.json and every edition's PDF
 * (letters left out) and prints per document the page count, the words, and the pages with
 * fewer than 40 words of body text (the cover and the last page excepted).
 * Run after a build: node bench/print-pages.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfPages } from '../src/integration/pdf-text.ts';

const dist = process.argv[2] ?? 'dist';
const manifest: Record<string, { file: string; pages: number }> = JSON.parse(readFileSync(join(dist, 'pdf/manifest.json'), 'utf8'));
let total = 0;
for (const [id, e] of Object.entries(manifest)) {
  const pages = await pdfPages(join(dist, e.file));
  const words = pages.reduce((s, p) => s + p.words, 0);
  const thin = pages.slice(1, -1).filter((p) => p.words < 40);
  total += pages.length;
  console.log(
    `${id.padEnd(58)} ${String(pages.length).padStart(3)} p. ${String(words).padStart(6)} woorden` +
      (thin.length ? `  dun: ${thin.map((p) => `p${p.number} (${p.words})`).join(', ')}` : ''),
  );
}
console.log(`samen ${total} pagina's`);
