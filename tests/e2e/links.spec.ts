/**
 * Every internal link on every built page resolves: the target page or file exists in dist/, and a
 * fragment (#id) names an element on the target page. Covers <a>/<area>/<link> href, src and form
 * actions, relative, root-relative and absolute links to the site's own address (canonical, og:url).
 * Links inside PDFs are checked by the PDF tests.
 */
import { SITE_ADDRESSES } from '../../src/core/help.ts';
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, htmlFiles } from './helpers.ts';
import { isWebAddress } from '../../src/core/web-address.ts';

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()],
  );

/** Attribute values of a page's markup (script and style contents left out, comments too). */
function attrs(source: string, names: string[]): string[] {
  const markup = source.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
  const re = new RegExp(`\\s(?:${names.join('|')})=(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'gi');
  return [...markup.matchAll(re)].map((m) => decode(m[1] ?? m[2] ?? m[3]));
}

/** URL path of a built file: dist/a/b/index.html -> /a/b/, dist/404.html -> /404.html */
const urlOf = (file: string) => '/' + relative(DIST, file).replace(/(^|\/)index\.html$/, '$1');

interface Page {
  url: string;
  ids: Set<string>;
  links: string[];
  origin?: string;
}
function load(): Map<string, Page> {
  const out = new Map<string, Page>();
  for (const file of htmlFiles()) {
    const src = readFileSync(file, 'utf8');
    const canonical = /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(src)?.[1];
    out.set(urlOf(file), {
      url: urlOf(file),
      ids: new Set(attrs(src, ['id']).concat(attrs(src.replace(/<(?!a\s)[^>]*>/g, ''), ['name']))),
      links: attrs(src, ['href', 'src', 'action']),
      origin: canonical ? new URL(canonical).origin : undefined,
    });
  }
  return out;
}

/** Problems with one link on one page, or [] when it resolves. */
function check(site: Map<string, Page>, page: Page, link: string): string[] {
  if (/^(mailto|tel|data|blob|javascript):/i.test(link)) return /^javascript:/i.test(link) ? [`javascript:-link ${link}`] : [];
  const base = new URL(page.url, 'http://site.invalid');
  let u: URL;
  try {
    u = new URL(link, base);
  } catch {
    return [`ongeldige link ${link}`];
  }
  if (u.origin !== base.origin && u.origin !== page.origin) return []; // another site: not ours to check
  const path = decodeURIComponent(u.pathname);
  const fragment = u.hash ? decodeURIComponent(u.hash.slice(1)) : undefined;
  if (link === '#' || (u.hash === '#' && link.endsWith('#'))) return [`lege fragmentlink ${link}`];
  let target: Page | undefined;
  if (path.endsWith('/')) {
    target = site.get(path);
    if (!target) return [`${link}: pagina ${path} bestaat niet`];
  } else {
    const file = join(DIST, path);
    if (!existsSync(file)) return [`${link}: bestand ${path} bestaat niet`];
    if (statSync(file).isDirectory()) return [`${link}: map zonder slash aan het eind (${path}/)`];
    target = site.get(path); // e.g. /404.html; other files (CSV, PDF, XML) have no ids to check
    if (!target && fragment !== undefined && /\.html?$/.test(path)) return [`${link}: ${path} niet gelezen`];
  }
  if (fragment !== undefined && target && !target.ids.has(fragment)) return [`${link}: geen element met id "${fragment}" op ${target.url}`];
  return [];
}

test('every internal link and fragment on every page resolves', () => {
  const site = load();
  expect(site.size).toBeGreaterThan(100);
  const problems: string[] = [];
  let links = 0;
  let fragments = 0;
  for (const page of site.values()) {
    for (const link of page.links) {
      links++;
      if (link.includes('#')) fragments++;
      for (const p of check(site, page, link)) problems.push(`${page.url}: ${p}`);
    }
  }
  expect(links).toBeGreaterThan(1000);
  expect(fragments).toBeGreaterThan(100);
  expect([...new Set(problems)].slice(0, 40), `${problems.length} kapotte links`).toEqual([]);
});

/**
 * Links to other sites are the addresses the source documents give for their sources, bijlagen
 * and references: each is a whole http(s) address, and (where the source documents are at hand,
 * MJA_SOURCES or ../shared/sources) stands in one of them exactly, so none is invented or mangled.
 */
const SOURCES = process.env.MJA_SOURCES ?? join('..', 'shared', 'sources');
const sameAddress = (u: string) => {
  try {
    return encodeURI(decodeURI(u));
  } catch {
    return u;
  }
};

function externalLinks(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const page of load().values()) {
    for (const link of page.links) {
      if (!/^[a-z][a-z0-9+.-]*:/i.test(link) || /^(mailto|tel|data|blob):/i.test(link)) continue;
      let origin: string | undefined;
      try {
        origin = new URL(link).origin;
      } catch {
        origin = undefined;
      }
      if (origin && origin === page.origin) continue; // the site's own address (canonical, og:url)
      if (/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(link)) continue; // the writers' guide: the preview on the writer's own computer
      found.set(link, [...(found.get(link) ?? []), page.url]);
    }
  }
  return found;
}

test('every link to another site is a whole http(s) address that the source documents give', () => {
  const links = externalLinks();
  // the Handreiking's bijlagen alone carry about a hundred addresses
  expect(links.size).toBeGreaterThan(100);
  const malformed = [...links].filter(([l]) => !isWebAddress(l)).map(([l, on]) => `${l} (op ${on[0]})`);
  expect(malformed, 'geen volledig webadres').toEqual([]);
  test.skip(!existsSync(SOURCES), `de brondocumenten staan niet in ${SOURCES} (zet MJA_SOURCES)`);
  const text = readdirSync(SOURCES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(SOURCES, f), 'utf8'))
    .join('\n');
  const known = new Set((text.match(/https?:\/\/[^\s<>"]+/g) ?? []).map((u) => sameAddress(u.replace(/[.,;)]+$/, ''))));
  // and the few the site's own text gives (the national help route)
  for (const a of SITE_ADDRESSES) known.add(sameAddress(a));
  const unknown = [...links].filter(([l]) => !known.has(sameAddress(l))).map(([l, on]) => `${l} (op ${on[0]})`);
  expect(unknown, 'webadressen die niet in de brondocumenten staan').toEqual([]);
});
