/**
 * The body text of a PDF page by page, as pdf.js reads it: the running header and footer (the
 * top 22 mm and bottom 20 mm of an A4 page) left out, text items grouped into lines. Used by the
 * PDF step (pdf.ts: nearly empty pages at the end of a chapter), the typesetting tests
 * (tests/e2e/print-typeset.spec.ts) and the page count report (bench/print-pages.ts).
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** font size in pt */
  size: number;
}
export interface PdfLine {
  y: number;
  items: PdfItem[];
  text: string;
}
export interface PdfPage {
  number: number;
  lines: PdfLine[];
  text: string;
  words: number;
}

const MM = 72 / 25.4;
export const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Fewer words than this on a page that is not the cover or the last: a nearly empty page. */
export const THIN_PAGE_WORDS = 40;

export async function pdfPages(source: string | Uint8Array): Promise<PdfPage[]> {
  const data = typeof source === 'string' ? new Uint8Array(readFileSync(source)) : new Uint8Array(source);
  const pdf = await getDocument({ data, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const height = page.view[3];
    const items: PdfItem[] = [];
    for (const it of (await page.getTextContent()).items as any[]) {
      if (!it.str) continue;
      const y = it.transform[5];
      if (y > height - 22 * MM || y < 20 * MM) continue;
      items.push({ str: it.str, x: it.transform[4], y, width: it.width, size: Math.hypot(it.transform[2], it.transform[3]) });
    }
    // lines: items whose baselines lie within 1.5 pt, top to bottom, left to right
    const lines: PdfLine[] = [];
    for (const it of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
      const line = lines.find((l) => Math.abs(l.y - it.y) < 1.5);
      if (line) line.items.push(it);
      else lines.push({ y: it.y, items: [it], text: '' });
    }
    // a raised, smaller number (a footnote reference) joins the line it stands on
    for (let k = lines.length - 2; k >= 0; k--) {
      const up = lines[k];
      const below = lines[k + 1];
      const big = Math.max(...below.items.map((i) => i.size));
      if (up.y - below.y < 7 && up.items.every((i) => !i.str.trim() || (i.size < 0.85 * big && /^\s*\d+\s*$/.test(i.str)))) {
        below.items.push(...up.items);
        lines.splice(k, 1);
      }
    }
    for (const l of lines) {
      l.items.sort((a, b) => a.x - b.x);
      // pieces that touch belong to one word (Chromium splits a word at a ligature such as "fi" and at soft hyphens)
      l.text = l.items
        .map((i, k) => {
          const prev = l.items[k - 1];
          // pdf.js reads the soft hyphen where Chromium may break a word as a space at the start of the next piece
          return prev && Math.abs(prev.x + prev.width - i.x) < 0.6 ? i.str.replace(/^ (?=\p{L})/u, '') : ` ${i.str}`;
        })
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
    }
    const text = lines.map((l) => l.text).join('\n');
    pages.push({ number: n, lines, text, words: wordCount(text) });
    page.cleanup();
  }
  await pdf.destroy();
  return pages;
}
