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
 * Marks the artifacts on every page, gives link targets stable names, sets the document
 * properties, and sets the creation and modification dates, so the file does not depend on when
 * or after what it was made. Returns the new PDF, its page count and how many pages were changed.
 */
export interface PdfInfo {
  date: Date;
  author?: string;
  subject?: string;
  keywords?: string[];
}

export async function finishPdf(bytes: Uint8Array, { date, author, subject, keywords }: PdfInfo) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  let changed = 0;
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    if (!refs.every((r) => r instanceof PDFRef)) continue;
    const streams = refs.map((r) => doc.context.lookup(r as PDFRef));
    if (!streams.every((x): x is PDFRawStream => x instanceof PDFRawStream)) continue;
    // one page may split its content over several streams: mark them as one
    const text = streams.map((x) => Buffer.from(decodePDFRawStream(x).decode()).toString('latin1')).join('\n');
    const marked = markContentArtifacts(text);
    if (marked === null) continue;
    // the new stream takes the place of the first; the others go
    const first = refs[0] as PDFRef;
    doc.context.assign(first, doc.context.flateStream(Buffer.from(marked, 'latin1')));
    for (const r of refs.slice(1)) doc.context.delete(r as PDFRef);
    page.node.set(PDFName.of('Contents'), first);
    changed++;
  }
  renameDestinations(doc);
  // document properties; the viewer shows the title, not the file name (PDF/UA, WCAG PDF18)
  doc.setTitle(doc.getTitle() ?? '', { showInWindowTitleBar: true });
  if (author) doc.setAuthor(author);
  if (subject) doc.setSubject(subject);
  if (keywords?.length) doc.setKeywords([keywords.join('; ')]); // pdf-lib would join them with spaces
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return { bytes: Buffer.from(await doc.save({ updateFieldAppearances: false })), pages: doc.getPageCount(), changed };
}
