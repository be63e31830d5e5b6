/**
 * Builds the Pagefind index of the built site (Dutch). Before indexing, each page gets a block
 * of extra, hidden search terms (the HTML on disk is not changed):
 * - abbreviations and their expansions, both ways, from the glossaries and theme aliases;
 * - compound words split into their parts (werkgeversdienstverlening → werkgevers dienstverlening);
 * - words with diacritics also without them (casuïstiek → casuistiek).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { loadContent } from '../src/lib/content/load.ts';

const dist = process.argv[2] ?? 'dist';
const { model } = loadContent(process.env.MJA_CONTENT ?? 'content', { compileMdx: false });

// synonym pairs: [short, long]
const pairs = [];
for (const g of model.glossary) pairs.push([g.data.term, g.data.expansion, ...g.data.aliases]);
for (const t of [...model.sharedThemes, ...model.themes, ...model.bodies]) {
  const name = t.data.title ?? t.data.name;
  if (t.data.aliases?.length) pairs.push([name, ...t.data.aliases]);
}

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') walk(p);
    } else if (name.endsWith('.html')) files.push(p);
  }
})(dist);

const textOf = (html) => {
  const main = html.match(/<main[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/);
  if (!main) return null;
  return main[1].replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
};
const fold = (w) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const texts = new Map();
for (const f of files) {
  const t = textOf(readFileSync(f, 'utf8'));
  if (t) texts.set(f, t);
}

// vocabulary of standalone words, for splitting compounds
const vocab = new Set();
for (const t of texts.values()) for (const w of t.toLowerCase().match(/\p{L}{4,}/gu) ?? []) vocab.add(w);
function split(word) {
  for (let i = 4; i <= word.length - 4; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    const heads = [head, head.endsWith('s') ? head.slice(0, -1) : null].filter(Boolean);
    for (const h of heads) {
      if (h.length >= 4 && vocab.has(h) && (vocab.has(tail) || (tail.length >= 8 && split(tail)))) return [h, ...(vocab.has(tail) ? [tail] : split(tail))];
    }
  }
  return null;
}

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
if (errors.length) throw new Error(errors.join('\n'));
let extraWords = 0;
for (const [f, text] of texts) {
  const extra = new Set();
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
  let html = readFileSync(f, 'utf8');
  if (extra.size) html = html.replace(/<\/main>/, `<div hidden data-pagefind-weight="0.3">${[...extra].join(' · ').replace(/</g, '&lt;')}</div></main>`);
  const url = '/' + relative(dist, f).split('\\').join('/').replace(/index\.html$/, '');
  const r = await index.addHTMLFile({ url, content: html });
  if (r.errors.length) throw new Error(r.errors.join('\n'));
}
const w = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (w.errors.length) throw new Error(w.errors.join('\n'));
await pagefind.close();
console.log(`zoekindex: ${texts.size} pagina's, ${extraWords} extra zoektermen (afkortingen, samenstellingen, zonder accenten)`);
