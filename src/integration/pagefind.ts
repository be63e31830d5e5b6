/**
 * Builds the Pagefind index of the built site (Dutch), from the HTML pages in the list of outputs. Before indexing, each page gets a block
 * of extra, hidden search terms (the HTML on disk is not changed):
 * - abbreviations and their expansions, both ways, from the glossaries and theme aliases;
 * - compound words split into their parts (werkgeversdienstverlening → werkgevers dienstverlening);
 * - words with diacritics also without them (casuïstiek → casuistiek).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Model } from '../model/types.ts';
import type { Output } from '../model/outputs.ts';

const textOf = (html: string) => {
  const main = html.match(/<main[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/);
  if (!main) return null;
  return main[1]
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
};
const fold = (w: string) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folder by folder, as a walk of the output folder would meet the files. */
const byFolder = (a: string, b: string) => {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
};

/** Groups of terms that stand for each other: an abbreviation, its expansion and aliases. */
function synonyms(model: Model): string[][] {
  const pairs: string[][] = [];
  for (const g of model.glossary) pairs.push([g.data.term, g.data.expansion, ...g.data.aliases]);
  for (const t of [...model.sharedThemes, ...model.themes, ...model.bodies]) {
    const name = t.data.title ?? t.data.name;
    if (t.data.aliases?.length) pairs.push([name, ...t.data.aliases]);
  }
  return pairs;
}

export async function buildSearchIndex(out: string, list: Output[], model: Model, base: string, log: (msg: string) => void) {
  const pairs = synonyms(model);
  const files = list.filter((o) => o.file.endsWith('.html')).sort((a, b) => byFolder(a.file, b.file));
  const texts = new Map<Output, string>();
  for (const o of files) {
    const t = textOf(readFileSync(join(out, o.file), 'utf8'));
    if (t) texts.set(o, t);
  }

  // vocabulary of standalone words, for splitting compounds
  const vocab = new Set<string>();
  for (const t of texts.values()) for (const w of t.toLowerCase().match(/\p{L}{4,}/gu) ?? []) vocab.add(w);
  function split(word: string): string[] | null {
    for (let i = 4; i <= word.length - 4; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      const heads = [head, head.endsWith('s') ? head.slice(0, -1) : null].filter((h): h is string => Boolean(h));
      for (const h of heads) {
        if (h.length >= 4 && vocab.has(h) && (vocab.has(tail) || (tail.length >= 8 && split(tail)))) return [h, ...(vocab.has(tail) ? [tail] : split(tail)!)];
      }
    }
    return null;
  }

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (errors.length || !index) throw new Error(errors.join('\n'));
  let extraWords = 0;
  for (const [o, text] of texts) {
    const extra = new Set<string>();
    for (const group of pairs) {
      const hit = group.some((term) => {
        const isAbbr = term.length <= 6 && /[A-Z]/.test(term);
        return new RegExp(`(^|[^\\p{L}])${escapeRe(term)}($|[^\\p{L}])`, isAbbr ? 'u' : 'iu').test(text);
      });
      if (hit) for (const term of group) extra.add(term);
    }
    const words = new Set(text.toLowerCase().match(/\p{L}{12,}/gu) ?? []);
    for (const w of words) {
      const parts = split(w);
      if (parts) extra.add(parts.join(' '));
    }
    for (const w of new Set(text.match(/\p{L}*[\u00C0-\u017F]\p{L}*/gu) ?? [])) if (fold(w) !== w) extra.add(fold(w));
    extraWords += extra.size;
    let html = readFileSync(join(out, o.file), 'utf8');
    if (extra.size) html = html.replace(/<\/main>/, `<div hidden data-pagefind-weight="0.3">${[...extra].join(' · ').replace(/</g, '&lt;')}</div></main>`);
    const r = await index.addHTMLFile({ url: base + o.path, content: html });
    if (r.errors.length) throw new Error(r.errors.join('\n'));
  }
  const w = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (w.errors.length) throw new Error(w.errors.join('\n'));
  await pagefind.close();
  log(`zoekindex: ${texts.size} pagina's, ${extraWords} extra zoektermen (afkortingen, samenstellingen, zonder accenten)`);
}
