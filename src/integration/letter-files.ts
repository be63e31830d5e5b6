/**
 * What a griffie downloads besides the PDFs of a raadsinformatiebrief: each letter as an editable
 * DOCX (for the gemeente's own template), made from the same printed letter page as its PDF, and
 * one zip with every letter (PDF and DOCX, named for a records system: gemeente, date, kenmerk,
 * src/core/letters.ts) and the merged PDF. Reproducible: the date in the files and in the zip is
 * the PDFs' date, and nothing random is kept (the `docx` package's own ids and dates are set).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Page } from 'playwright';

/** One block of the letter as read from its printed page. */
export interface LetterBlock {
  kind: 'org' | 'p' | 'h' | 'li' | 'meta' | 'address';
  text: string;
  level?: number;
  ordered?: number;
  bold?: boolean;
}

/** The blocks of the letter on a printed letter page, in reading order (what a reader hears). */
export async function readLetter(page: Page): Promise<LetterBlock[]> {
  return page.$eval('article.letter', (article) => {
    const out: { kind: string; text: string; level?: number; ordered?: number; bold?: boolean }[] = [];
    const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
    const hidden = (e: Element) => e.closest('[aria-hidden="true"], .visually-hidden, .sr-only, .text-notice') !== null;
    const textOf = (e: Element) => {
      const c = e.cloneNode(true) as Element;
      c.querySelectorAll('[aria-hidden="true"], .visually-hidden, .sr-only, sup a, .footnotes').forEach((x) => x.remove());
      c.querySelectorAll('br').forEach((b) => b.replaceWith('\n'));
      return c.textContent ?? '';
    };
    const walk = (e: Element) => {
      if (hidden(e)) return;
      const tag = e.tagName;
      if (e.classList.contains('org')) out.push({ kind: 'org', text: clean(textOf(e)) });
      else if (tag === 'ADDRESS') out.push({ kind: 'address', text: [...e.children].map((c) => clean(textOf(c))).join('\n') });
      else if (tag === 'DL') {
        const dts = [...e.querySelectorAll('dt')];
        for (const dt of dts) out.push({ kind: 'meta', text: `${clean(textOf(dt))}: ${clean(textOf(dt.nextElementSibling!))}` });
      } else if (/^H[1-6]$/.test(tag)) out.push({ kind: 'h', text: clean(textOf(e)), level: Number(tag[1]) });
      else if (tag === 'P') {
        const only =
          e.children.length === 1 &&
          e.firstElementChild!.tagName === 'STRONG' &&
          clean(e.textContent ?? '') === clean(e.firstElementChild!.textContent ?? '');
        const t = textOf(e).split('\n').map(clean).filter(Boolean).join('\n');
        if (t) out.push({ kind: 'p', text: t, bold: only });
      } else if (tag === 'LI') {
        const list = e.parentElement!;
        const ordered = list.tagName === 'OL' ? [...list.children].indexOf(e) + 1 : undefined;
        out.push({ kind: 'li', text: clean(textOf(e)), ordered });
      } else if (e.classList.contains('letterhead-kind')) {
        return;
      } else for (const c of e.children) walk(c);
    };
    for (const c of article.children) walk(c);
    return out as never;
  });
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

/** Lines as runs with breaks between them. */
const runs = (text: string, bold = false) => text.split('\n').map((t, i) => new TextRun({ text: t, bold, break: i ? 1 : 0 }));

/** The letter as a DOCX, with the document properties of its PDF and the given date. */
export async function letterDocx(
  blocks: LetterBlock[],
  meta: { title: string; author: string; subject?: string; keywords: string[] },
  date: Date,
) {
  const children = blocks.map((b) => {
    switch (b.kind) {
      case 'org':
        return new Paragraph({ children: runs(b.text, true), heading: HeadingLevel.TITLE });
      case 'address':
        return new Paragraph({ children: runs(b.text), spacing: { before: 240, after: 240 } });
      case 'meta':
        return new Paragraph({ children: runs(b.text) });
      case 'h':
        return new Paragraph({ children: runs(b.text), heading: HEADINGS[Math.min(b.level ?? 2, 4) - 1] });
      case 'li':
        return b.ordered
          ? new Paragraph({ children: runs(`${b.ordered}. ${b.text}`), indent: { left: 360, hanging: 360 } })
          : new Paragraph({ children: runs(b.text), bullet: { level: 0 } });
      default:
        return new Paragraph({ children: runs(b.text, b.bold), alignment: AlignmentType.LEFT });
    }
  });
  const doc = new Document({
    creator: meta.author,
    title: meta.title,
    description: meta.subject,
    keywords: meta.keywords.join('; '),
    lastModifiedBy: meta.author,
    revision: 1,
    styles: { default: { document: { run: { font: 'Arial', size: 22, language: { value: 'nl-NL' } } } } },
    sections: [{ children }],
  });
  return normaliseZip(new Uint8Array(await Packer.toBuffer(doc)), date);
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The same zip with fixed times: every entry gets `date`, the document properties' created and
 * modified dates become `date` too, entries in a fixed order.
 */
export function normaliseZip(bytes: Uint8Array, date: Date): Uint8Array {
  const files = unzipSync(bytes);
  // relationship ids that the docx package draws at random (the numbering part's): numbered in order
  const names = Object.keys(files).sort();
  const ids = new Map<string, string>();
  for (const n of names.filter((x) => x.endsWith('.rels')))
    for (const m of strFromU8(files[n]).matchAll(/\bId="([^"]+)"/g))
      if (!/^rId\d+$/.test(m[1]) && !ids.has(m[1])) ids.set(m[1], `rIdMja${ids.size + 1}`);
  if (ids.size)
    for (const n of names.filter((x) => /\.(xml|rels)$/.test(x))) {
      let t = strFromU8(files[n]);
      for (const [from, to] of ids) t = t.split(`"${from}"`).join(`"${to}"`);
      files[n] = strToU8(t);
    }
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
        (_m, a: string, b: string) => `${a}${iso(date)}${b}`,
      ),
    );
  }
  return zip(
    Object.entries(files).map(([name, data]) => ({ name, data })),
    date,
  );
}

/** A zip of the given files, in the given order, each with the given date (reproducible). */
export function zip(files: { name: string; data: Uint8Array }[], date: Date): Uint8Array {
  // the DOS date of a zip entry starts in 1980
  const mtime = date.getTime() < Date.UTC(1980, 0, 2) ? new Date(Date.UTC(1980, 0, 2)) : date;
  const z: Zippable = {};
  for (const f of files) z[f.name] = [f.data, { mtime, level: f.name.endsWith('.pdf') ? 0 : 6 }];
  return zipSync(z);
}
