/**
 * Machine checks of PDF/UA-1 and PDF/A-2a on a PDF, on its structure tree and objects (pdf-lib;
 * no veraPDF on this machine). What it checks, each as a list of problems (empty when fine):
 * - XMP metadata stream, parsed as XML: pdfuaid:part 1, pdfaid:part 2 and conformance A,
 *   dc:title equal to the Info title, dc:language; unfiltered, as PDF/A asks;
 * - /Lang, /MarkInfo /Marked, DisplayDocTitle, an sRGB output intent with its ICC profile, a file
 *   identifier;
 * - structure: every Table has TH cells and each TH a /Scope; every LI stands in an L and every L
 *   holds LI; every Figure has /Alt; every Link annotation is in the structure (StructParent)
 *   and has a description (/Contents);
 * - fonts: every font has its program embedded (FontFile, FontFile2 or FontFile3), Type3 aside;
 * - no content outside marked content (every text object and path tagged or an Artifact);
 * - every link inside the PDF resolves (a named destination or a page of this PDF), and every link
 *   to the site's own address names a built file (and an id in it, for a #fragment).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { markContentArtifacts } from '../../src/integration/pdf-artifacts.ts';

const N = (s: string) => PDFName.of(s);
const text = (v: PDFObject | undefined) => (v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined);

export interface PdfUaReport {
  problems: string[];
  counts: { tables: number; th: number; lists: number; figures: number; links: number; fonts: number; pages: number };
}

/** Checks one PDF; `dist` and `site` resolve links to the site's own pages. */
export async function checkPdfUa(bytes: Uint8Array, opts: { dist: string; site: string }): Promise<PdfUaReport> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = doc.context;
  const look = <T extends PDFObject>(v: PDFObject | undefined): T | undefined => (v instanceof PDFRef ? (ctx.lookup(v) as T) : (v as T));
  const problems: string[] = [];
  const counts = { tables: 0, th: 0, lists: 0, figures: 0, links: 0, fonts: 0, pages: doc.getPageCount() };
  const cat = doc.catalog;

  // document level
  if (!text(cat.get(N('Lang')))) problems.push('geen /Lang in de catalogus');
  const mark = look<PDFDict>(cat.get(N('MarkInfo')));
  if (mark?.get(N('Marked'))?.toString() !== 'true') problems.push('niet gemarkeerd als getagd (/MarkInfo /Marked true)');
  const prefs = look<PDFDict>(cat.get(N('ViewerPreferences')));
  if (prefs?.get(N('DisplayDocTitle'))?.toString() !== 'true') problems.push('DisplayDocTitle staat niet aan');
  const intents = look<PDFArray>(cat.get(N('OutputIntents')));
  const intent = intents ? look<PDFDict>(intents.get(0)) : undefined;
  const profile = intent ? look<PDFStream>(intent.get(N('DestOutputProfile'))) : undefined;
  if (intent?.get(N('S'))?.toString() !== '/GTS_PDFA1' || !profile) problems.push('geen output intent (GTS_PDFA1) met ICC-profiel');
  else if (profile.dict.get(N('N'))?.toString() !== '3') problems.push('het ICC-profiel van de output intent is geen RGB-profiel (N 3)');
  const id = look<PDFArray>(ctx.trailerInfo.ID as PDFObject | undefined);
  if (!id || id.size() !== 2) problems.push('geen bestandsidentificatie (/ID in de trailer)');

  // XMP
  const meta = look<PDFStream>(cat.get(N('Metadata')));
  if (!(meta instanceof PDFRawStream)) problems.push('geen XMP-metadatastroom');
  else {
    if (meta.dict.get(N('Filter'))) problems.push('XMP-metadata is gecomprimeerd (PDF/A wil die leesbaar)');
    const xmp = Buffer.from(meta.contents).toString('utf8');
    const parsed = parseXmp(xmp);
    if (parsed.error) problems.push(`XMP is geen goed gevormde XML: ${parsed.error}`);
    const get = (tag: string) => xmp.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`))?.[1]?.trim();
    if (get('pdfuaid:part') !== '1') problems.push('XMP: pdfuaid:part is niet 1');
    if (get('pdfaid:part') !== '2' || get('pdfaid:conformance') !== 'A') problems.push('XMP: geen PDF/A-2a (pdfaid:part 2, conformance A)');
    const title = xmp.match(/<dc:title>[\s\S]*?<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/)?.[1];
    const unescape = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    if (!title || unescape(title) !== doc.getTitle()) problems.push(`XMP: dc:title "${title}" is niet de titel "${doc.getTitle()}"`);
    if (!/<dc:language>[\s\S]*?<rdf:li>[a-z]{2}/.test(xmp)) problems.push('XMP: geen dc:language');
    // and as pdf.js reads it (its own XML parser)
    const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
    const md = (await pdf.getMetadata()).metadata as { get(k: string): unknown } | null;
    if (!md) problems.push('pdf.js leest de XMP-metadata niet');
    else if (md.get('dc:title') !== doc.getTitle()) problems.push(`pdf.js leest als dc:title "${String(md.get('dc:title'))}"`);
    await pdf.destroy();
  }

  // structure tree
  const root = look<PDFDict>(cat.get(N('StructTreeRoot')));
  if (!root) problems.push('geen structuurboom');
  else {
    const roleMap = look<PDFDict>(root.get(N('RoleMap')));
    const role = (s: string) => roleMap?.get(N(s.slice(1)))?.toString() ?? s;
    const visit = (node: PDFDict, parent: string | undefined, path: string) => {
      const s = role(node.get(N('S'))?.toString() ?? '');
      const kids = look<PDFObject>(node.get(N('K')));
      const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
      const elems = list.map((k) => look<PDFObject>(k)).filter((k): k is PDFDict => k instanceof PDFDict && k.has(N('S')));
      const kinds = elems.map((e) => role(e.get(N('S'))!.toString()));
      if (s === '/Table') {
        counts.tables++;
        const ths: PDFDict[] = [];
        const collect = (d: PDFDict) => {
          const k = look<PDFObject>(d.get(N('K')));
          for (const x of k instanceof PDFArray ? k.asArray() : k ? [k] : []) {
            const e = look<PDFObject>(x);
            if (!(e instanceof PDFDict) || !e.has(N('S'))) continue;
            if (role(e.get(N('S'))!.toString()) === '/TH') ths.push(e);
            collect(e);
          }
        };
        collect(node);
        if (!ths.length) problems.push(`${path}: tabel zonder kopcellen (TH)`);
        for (const th of ths) {
          counts.th++;
          const a = look<PDFObject>(th.get(N('A')));
          const attrs = (a instanceof PDFArray ? a.asArray() : a ? [a] : []).map((x) => look<PDFDict>(x));
          if (!attrs.some((x) => x instanceof PDFDict && x.get(N('Scope')))) problems.push(`${path}: kopcel (TH) zonder Scope`);
        }
      }
      if (s === '/L') {
        counts.lists++;
        if (!kinds.length || kinds.some((k) => k !== '/LI' && k !== '/Caption'))
          problems.push(`${path}: lijst (L) met ${kinds.join(', ') || 'niets'} in plaats van LI`);
      }
      if (s === '/LI' && parent !== '/L') problems.push(`${path}: lijstitem (LI) buiten een lijst (in ${parent})`);
      if (s === '/Figure') {
        counts.figures++;
        if (!text(node.get(N('Alt')))?.trim() && !text(node.get(N('ActualText')))?.trim()) problems.push(`${path}: figuur zonder Alt`);
      }
      elems.forEach((e, i) => visit(e, s, `${path}/${role(e.get(N('S'))!.toString()).slice(1)}[${i}]`));
    };
    const top = look<PDFObject>(root.get(N('K')));
    for (const k of top instanceof PDFArray ? top.asArray() : top ? [top] : []) {
      const e = look<PDFDict>(k);
      if (e) visit(e, undefined, (e.get(N('S'))?.toString() ?? '').slice(1));
    }
  }

  // pages: fonts, untagged content, links
  const dests = look<PDFDict>(cat.get(N('Dests')));
  const names = new Set<string>();
  dests?.entries().forEach(([k]) => names.add(k.decodeText()));
  const nameTree = look<PDFDict>(look<PDFDict>(cat.get(N('Names')))?.get(N('Dests')));
  const walkNames = (node: PDFDict | undefined) => {
    if (!node) return;
    const ns = look<PDFArray>(node.get(N('Names')));
    if (ns) for (let i = 0; i < ns.size(); i += 2) names.add(text(ns.get(i)) ?? '');
    const ks = look<PDFArray>(node.get(N('Kids')));
    ks?.asArray().forEach((k) => walkNames(look<PDFDict>(k)));
  };
  walkNames(nameTree);
  const pageRefs = new Set(doc.getPages().map((p) => p.ref.toString()));
  const fontsSeen = new Set<string>();
  const htmlCache = new Map<string, string>();
  const base = opts.site.endsWith('/') ? opts.site : `${opts.site}/`;
  doc.getPages().forEach((page, i) => {
    const where = `pagina ${i + 1}`;
    const res = page.node.Resources();
    const fonts = res ? look<PDFDict>(res.get(N('Font'))) : undefined;
    for (const [name, ref] of fonts?.entries() ?? []) {
      const key = ref.toString();
      if (fontsSeen.has(key)) continue;
      fontsSeen.add(key);
      counts.fonts++;
      const f = look<PDFDict>(ref)!;
      if (f.get(N('Subtype'))?.toString() === '/Type3') continue;
      const desc = f.get(N('Subtype'))?.toString() === '/Type0' ? look<PDFDict>(look<PDFArray>(f.get(N('DescendantFonts')))?.get(0)) : f;
      const fd = desc ? look<PDFDict>(desc.get(N('FontDescriptor'))) : undefined;
      if (!fd || !['FontFile', 'FontFile2', 'FontFile3'].some((k) => fd.has(N(k))))
        problems.push(`${where}: lettertype ${name.toString()} (${f.get(N('BaseFont'))}) is niet ingebed`);
    }
    const contents = page.node.get(N('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    const streams = refs.map((r) => look<PDFObject>(r));
    if (streams.every((s) => s instanceof PDFRawStream)) {
      const src = (streams as PDFRawStream[]).map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1')).join('\n');
      const marked = markContentArtifacts(src);
      if (marked === null) problems.push(`${where}: inhoud kon niet worden gelezen`);
      else if (marked !== src) problems.push(`${where}: inhoud buiten de structuur en niet als artefact gemarkeerd`);
    }
    const annots = look<PDFArray>(page.node.get(N('Annots')));
    for (const a of annots?.asArray() ?? []) {
      const d = look<PDFDict>(a)!;
      if (d.get(N('Subtype'))?.toString() !== '/Link') continue;
      counts.links++;
      if (!(d.get(N('StructParent')) instanceof PDFNumber)) problems.push(`${where}: link zonder plaats in de structuur (StructParent)`);
      if (!text(d.get(N('Contents')))?.trim()) problems.push(`${where}: link zonder beschrijving (/Contents)`);
      const action = look<PDFDict>(d.get(N('A')));
      const dest = d.get(N('Dest')) ?? (action?.get(N('S'))?.toString() === '/GoTo' ? action.get(N('D')) : undefined);
      if (dest) {
        const named =
          text(look(dest)) ?? (look<PDFObject>(dest) instanceof PDFName ? (look<PDFName>(dest) as PDFName).decodeText() : undefined);
        if (named !== undefined) {
          if (!names.has(named)) problems.push(`${where}: link naar onbekende bestemming "${named}"`);
        } else {
          const arr = look<PDFArray>(dest);
          if (!(arr instanceof PDFArray) || !pageRefs.has(arr.get(0).toString()))
            problems.push(`${where}: link naar een pagina die niet in dit bestand staat`);
        }
      }
      const uri = text(action?.get(N('URI')));
      if (uri && uri.startsWith(base)) {
        const [path, frag] = uri.slice(base.length).split('#');
        let file = join(opts.dist, decodeURIComponent(path.replace(/\?.*$/, '')));
        if (!existsSync(file) || statSync(file).isDirectory()) file = join(file, 'index.html');
        if (!existsSync(file)) problems.push(`${where}: link naar ${uri}: die pagina is niet gebouwd`);
        else if (frag && file.endsWith('.html')) {
          let html = htmlCache.get(file);
          if (html === undefined) htmlCache.set(file, (html = readFileSync(file, 'utf8')));
          if (!html.includes(`id="${decodeURIComponent(frag)}"`))
            problems.push(`${where}: link naar ${uri}: geen element met id "${frag}"`);
        }
      }
    }
  });
  return { problems, counts };
}

/** Whether the XMP is well-formed enough to read: balanced elements, one x:xmpmeta, in a packet. */
function parseXmp(xmp: string): { error?: string } {
  if (!/^<\?xpacket begin=/.test(xmp) || !/<\?xpacket end="[rw]"\?>\s*$/.test(xmp)) return { error: 'geen xpacket' };
  const stack: string[] = [];
  for (const m of xmp.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    if (self) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return { error: `</${name}> sluit niet wat open staat` };
  }
  if (stack.length) return { error: `<${stack.at(-1)}> wordt niet gesloten` };
  return {};
}
