/**
 * Tagged PDFs from Chromium leave everything outside the structure tree unmarked: the running
 * header and footer (page margin boxes), table borders, backgrounds. PDF/UA asks that such content
 * be marked as an artifact, so assistive technology skips it knowingly. This wraps every graphics
 * object that stands outside any marked-content sequence (text objects BT…ET, paths, XObjects,
 * shadings) in `/Artifact BMC … EMC`. Content that is already tagged is not touched.
 *
 * Works on the content stream as tokens (strings, names, arrays and dictionaries are skipped as a
 * whole). When a stream holds something it does not expect (an inline image, tagged content
 * inside an untagged text object, unbalanced markers) it returns the stream unchanged.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
} from 'pdf-lib';
import { createHash } from 'node:crypto';
import { SRGB_PROFILE_NAME, srgbIccProfile } from '../core/icc.ts';

interface Token {
  type: 'op' | 'operand';
  value: string;
  start: number;
  end: number;
}

// character classes as lookup tables (this runs over every character of every page)
const WHITE_CHARS = new Set(['\0', '\t', '\n', '\f', '\r', ' ']);
const ENDS_TOKEN = new Set([...WHITE_CHARS, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
const PATH_START = new Set(['m', 're']);
const PATH_END = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);

/** Tokens of a content stream: { type: 'op' | 'operand', value, start, end }. */
function* tokens(s: string): Generator<Token> {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (WHITE_CHARS.has(c)) {
      i++;
      continue;
    }
    if (c === '%') {
      while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
      continue;
    }
    const start = i;
    if (c === '(') {
      let depth = 0;
      for (; i < n; i++) {
        if (s[i] === '\\') {
          i++;
          continue;
        }
        if (s[i] === '(') depth++;
        else if (s[i] === ')' && --depth === 0) {
          i++;
          break;
        }
      }
      yield { type: 'operand', value: s.slice(start, i), start, end: i };
    } else if (c === '<' && s[i + 1] === '<') {
      let depth = 0;
      for (; i < n; i++) {
        if (s[i] === '(') {
          // a string inside a dictionary
          for (const t of tokens(s.slice(i))) {
            i += t.end - 1;
            break;
          }
          continue;
        }
        if (s[i] === '<' && s[i + 1] === '<') {
          depth++;
          i++;
        } else if (s[i] === '>' && s[i + 1] === '>') {
          i++;
          if (--depth === 0) {
            i++;
            break;
          }
        }
      }
      yield { type: 'operand', value: s.slice(start, i), start, end: i };
    } else if (c === '<') {
      i = s.indexOf('>', i) + 1;
      if (i === 0) throw new Error('unterminated hex string');
      yield { type: 'operand', value: s.slice(start, i), start, end: i };
    } else if (c === '[' || c === ']') {
      i++;
      yield { type: 'operand', value: c, start, end: i };
    } else if (c === '/') {
      i++;
      while (i < n && !ENDS_TOKEN.has(s[i])) i++;
      yield { type: 'operand', value: s.slice(start, i), start, end: i };
    } else {
      while (i < n && !ENDS_TOKEN.has(s[i])) i++;
      if (i === start) throw new Error(`unexpected "${c}"`);
      const value = s.slice(start, i);
      yield {
        type: /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) || value === 'true' || value === 'false' || value === 'null' ? 'operand' : 'op',
        value,
        start,
        end: i,
      };
    }
  }
}

/** The content stream with untagged graphics objects marked as artifacts; null when it cannot be done safely. */
export function markContentArtifacts(s: string): string | null {
  const inserts: [number, string][] = []; // [offset, text]
  let depth = 0; // marked-content nesting
  let array = 0; // inside [ … ]
  let operandsStart = -1; // where the operands of the next operator begin
  let open: 'text' | 'path' | null = null; // while wrapping an object
  try {
    for (const t of tokens(s)) {
      if (t.type === 'operand') {
        if (t.value === '[') array++;
        if (t.value === ']') array--;
        if (operandsStart < 0) operandsStart = t.start;
        continue;
      }
      if (array) return null;
      const op = t.value;
      const from = operandsStart >= 0 ? operandsStart : t.start;
      operandsStart = -1;
      if (op === 'BI' || op === 'ID' || op === 'EI') return null;
      if (op === 'BMC' || op === 'BDC') {
        if (open) return null; // tagged content inside an object we would mark as artifact
        depth++;
      } else if (op === 'EMC') {
        if (open || --depth < 0) return null;
      } else if (depth === 0) {
        if (op === 'BT' && !open) {
          inserts.push([from, '/Artifact BMC\n']);
          open = 'text';
        } else if (op === 'ET' && open === 'text') {
          inserts.push([t.end, '\nEMC']);
          open = null;
        } else if (PATH_START.has(op) && !open) {
          inserts.push([from, '/Artifact BMC\n']);
          open = 'path';
        } else if (PATH_END.has(op) && open === 'path') {
          inserts.push([t.end, '\nEMC']);
          open = null;
        } else if ((op === 'Do' || op === 'sh') && !open) {
          inserts.push([from, '/Artifact BMC\n'], [t.end, '\nEMC']);
        }
      }
    }
  } catch {
    return null;
  }
  if (open || depth !== 0) return null;
  let out = '';
  let at = 0;
  for (const [offset, text] of inserts) {
    out += s.slice(at, offset) + text;
    at = offset;
  }
  return out + s.slice(at);
}

/**
 * Chromium names link targets after its internal DOM node numbers ("node00008377"), which depend
 * on what the browser did before. Renames them in order to "d000001", "d000002", ... everywhere
 * (name tree, links, outline), which keeps the name tree sorted and the file independent of history.
 */
function renameDestinations(doc: PDFDocument) {
  type Setter = (x: PDFObject) => void;
  type Visitor = (v: PDFObject, set: Setter) => boolean | void;
  const found = new Set<string>();
  const text = (v: PDFObject) => (v instanceof PDFString ? v.asString() : v instanceof PDFHexString ? v.decodeText() : null);
  const visit = (obj: PDFObject, fn: Visitor): void => {
    if (obj instanceof PDFStream) return visit(obj.dict, fn);
    if (obj instanceof PDFDict) for (const [k, v] of obj.entries()) fn(v, (x) => obj.set(k, x)) || visit(v, fn);
    else if (obj instanceof PDFArray) obj.asArray().forEach((v, i) => fn(v, (x) => obj.set(i, x)) || visit(v, fn));
  };
  const each = (fn: Visitor) => {
    for (const [, obj] of doc.context.enumerateIndirectObjects()) visit(obj, fn);
  };
  each((v) => {
    const t = text(v);
    if (t && /^node\d+$/.test(t)) found.add(t);
  });
  const names = new Map([...found].sort().map((t, i) => [t, `d${String(i + 1).padStart(6, '0')}`]));
  each((v, set) => {
    const t = text(v);
    if (t && names.has(t)) {
      set(PDFString.of(names.get(t)!));
      return true;
    }
    return false;
  });
}

/**
 * An HTML <figure> around a chart becomes a Figure in the structure without alternative text,
 * around the chart's own Figure that has it. PDF/UA asks alternative text of every Figure; the
 * outer one only groups, so it becomes a Div. A Figure without text alternative that holds
 * content of its own (no structure elements) is left as it is (the checks report it).
 */
function groupingFigures(doc: PDFDocument) {
  const ctx = doc.context;
  for (const [, obj] of ctx.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('S')) !== PDFName.of('Figure')) continue;
    if (obj.has(PDFName.of('Alt')) || obj.has(PDFName.of('ActualText'))) continue;
    const k = obj.get(PDFName.of('K'));
    const kids = (k instanceof PDFArray ? k.asArray() : k ? [k] : []).map((x) => (x instanceof PDFRef ? ctx.lookup(x) : x));
    if (kids.length && kids.every((x) => x instanceof PDFDict && x.has(PDFName.of('S')))) obj.set(PDFName.of('S'), PDFName.of('Div'));
  }
}

/**
 * PDF/UA asks every link annotation for a description in /Contents. Chromium gives none: a link
 * to elsewhere gets its address, a link inside the document the page it leads to.
 */
function describeLinks(doc: PDFDocument) {
  const ctx = doc.context;
  const look = (v: PDFObject | undefined) => (v instanceof PDFRef ? ctx.lookup(v) : v);
  const pages = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const dests = look(doc.catalog.get(PDFName.of('Dests')));
  const named = (name: string) => {
    if (!(dests instanceof PDFDict)) return undefined;
    const d = look(dests.get(PDFName.of(name)));
    const arr = d instanceof PDFDict ? look(d.get(PDFName.of('D'))) : d;
    return arr instanceof PDFArray ? pages.get(arr.get(0).toString()) : undefined;
  };
  doc.getPages().forEach((page) => {
    const annots = look(page.node.get(PDFName.of('Annots')));
    if (!(annots instanceof PDFArray)) return;
    for (const a of annots.asArray()) {
      const link = look(a);
      if (!(link instanceof PDFDict) || link.get(PDFName.of('Subtype')) !== PDFName.of('Link') || link.has(PDFName.of('Contents')))
        continue;
      const action = look(link.get(PDFName.of('A')));
      const uri = action instanceof PDFDict ? look(action.get(PDFName.of('URI'))) : undefined;
      const dest = look(link.get(PDFName.of('Dest')) ?? (action instanceof PDFDict ? action.get(PDFName.of('D')) : undefined));
      let text: string | undefined;
      if (uri instanceof PDFString || uri instanceof PDFHexString) text = `Link naar ${uri.decodeText()}`;
      else if (dest) {
        const n =
          dest instanceof PDFName
            ? named(dest.decodeText())
            : dest instanceof PDFString || dest instanceof PDFHexString
              ? named(dest.decodeText())
              : dest instanceof PDFArray
                ? pages.get(dest.get(0).toString())
                : undefined;
        text = n ? `Link naar pagina ${n}` : 'Link binnen dit document';
      }
      if (text) link.set(PDFName.of('Contents'), PDFHexString.fromText(text));
    }
  });
}

/**
 * Marks the artifacts on every page, gives link targets stable names, sets the document
 * properties, and sets the creation and modification dates, so the file does not depend on when
 * or after what it was made. Returns the new PDF, its page count and how many pages were changed.
 */
export interface PdfInfo {
  date: Date;
  /** Language of the document (BCP 47); Chromium sets /Lang from the page, this is the fallback and goes into the XMP. */
  lang?: string;
  author?: string;
  subject?: string;
  keywords?: string[];
}

export async function finishPdf(bytes: Uint8Array, { date, author, subject, keywords, lang = 'nl' }: PdfInfo) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  let changed = 0;
  // the file identifier: a hash of what the pages show and of the metadata, not of Chromium's raw
  // bytes (those hold internal node numbers that differ between otherwise equal renders)
  const idHash = createHash('md5');
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    if (!refs.every((r) => r instanceof PDFRef)) continue;
    const streams = refs.map((r) => doc.context.lookup(r as PDFRef));
    if (!streams.every((x): x is PDFRawStream => x instanceof PDFRawStream)) continue;
    // one page may split its content over several streams: mark them as one
    const text = streams.map((x) => Buffer.from(decodePDFRawStream(x).decode()).toString('latin1')).join('\n');
    const marked = markContentArtifacts(text);
    idHash.update(marked ?? text);
    if (marked === null) continue;
    // the new stream takes the place of the first; the others go
    const first = refs[0] as PDFRef;
    doc.context.assign(first, doc.context.flateStream(Buffer.from(marked, 'latin1')));
    for (const r of refs.slice(1)) doc.context.delete(r as PDFRef);
    page.node.set(PDFName.of('Contents'), first);
    changed++;
  }
  renameDestinations(doc);
  groupingFigures(doc);
  describeLinks(doc);
  // document properties; the viewer shows the title, not the file name (PDF/UA, WCAG PDF18)
  const title = doc.getTitle() ?? '';
  doc.setTitle(title, { showInWindowTitleBar: true });
  if (author) doc.setAuthor(author);
  if (subject) doc.setSubject(subject);
  const keywordText = keywords?.length ? keywords.join('; ') : undefined;
  if (keywordText) doc.setKeywords([keywordText]); // pdf-lib would join them with spaces
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setProducer(PRODUCER);
  const creator = doc.getCreator();
  if (!doc.catalog.get(PDFName.of('Lang'))) doc.catalog.set(PDFName.of('Lang'), PDFString.of(lang));
  // PDF/A: an output intent with the sRGB profile, XMP metadata equal to the document properties,
  // and a file identifier (taken from the content, so the same input gives the same bytes)
  const profile = doc.context.flateStream(srgbIccProfile(), { N: 3 });
  const intent = doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(SRGB_PROFILE_NAME),
    Info: PDFString.of(SRGB_PROFILE_NAME),
    DestOutputProfile: doc.context.register(profile),
  });
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([intent]));
  const xmp = xmpPacket({ title, author, subject, keywords: keywordText, lang, date, producer: PRODUCER, creator });
  // as UTF-8 bytes (a string would be written one byte per character) and unfiltered, as PDF/A asks
  const xmpBytes = new Uint8Array(Buffer.from(xmp, 'utf8'));
  const meta = doc.context.stream(xmpBytes, { Type: 'Metadata', Subtype: 'XML', Length: xmpBytes.length });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(meta));
  const id = idHash.update(xmp).digest('hex').toUpperCase();
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return {
    bytes: Buffer.from(await doc.save({ updateFieldAppearances: false })),
    pages: doc.getPageCount(),
    changed,
  };
}

/** Producer in the document properties and the XMP. */
export const PRODUCER = 'Meerjarenagenda (Chromium, pdf-lib)';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** ISO 8601 date as XMP wants it, in UTC. */
const xmpDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The XMP metadata packet: Dublin Core title, creator, description and language, the PDF
 * properties, and the identification as PDF/A-2a and PDF/UA-1. PDF/A-2 knows the pdfuaid schema
 * only when the packet describes it (pdfaExtension), so it does.
 */
export function xmpPacket(p: {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string;
  lang: string;
  date: Date;
  producer: string;
  creator?: string;
}): string {
  const alt = (v: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${esc(v)}</rdf:li></rdf:Alt>`;
  const when = xmpDate(p.date);
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
 xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
 xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<dc:format>application/pdf</dc:format>
<dc:title>${alt(p.title)}</dc:title>
${p.author ? `<dc:creator><rdf:Seq><rdf:li>${esc(p.author)}</rdf:li></rdf:Seq></dc:creator>\n` : ''}${p.subject ? `<dc:description>${alt(p.subject)}</dc:description>\n` : ''}<dc:language><rdf:Bag><rdf:li>${esc(p.lang)}</rdf:li></rdf:Bag></dc:language>
${p.keywords ? `<pdf:Keywords>${esc(p.keywords)}</pdf:Keywords>\n` : ''}<pdf:Producer>${esc(p.producer)}</pdf:Producer>
${p.creator ? `<xmp:CreatorTool>${esc(p.creator)}</xmp:CreatorTool>\n` : ''}<xmp:CreateDate>${when}</xmp:CreateDate>
<xmp:ModifyDate>${when}</xmp:ModifyDate>
<xmp:MetadataDate>${when}</xmp:MetadataDate>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>A</pdfaid:conformance>
<pdfuaid:part>1</pdfuaid:part>
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
