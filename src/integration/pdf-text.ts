/**
 * The body text of a PDF page by page, as pdf.js reads it: the running header and footer (the
 * top 22 mm and bottom 20 mm of an A4 page) left out, text items grouped into lines. Used by the
 * typesetting tests (print-typeset.spec.ts) and the page count report (bench/print-pages.ts).
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

export async function pdfPages(file: string): Promise<PdfPage[]> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false }).promise;
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
    for (const l of lines) {
      l.items.sort((a, b) => a.x - b.x);
      // pieces that touch belong to one word (Chromium splits a word at a ligature such as "fi")
      l.text = l.items
        .map((i, k) => {
          const prev = l.items[k - 1];
          return prev && Math.abs(prev.x + prev.width - i.x) < 0.6 ? i.str : ` ${i.str}`;
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
