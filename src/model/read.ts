/**
 * Reading content files defensively. Nothing here throws: every file-system, encoding and YAML
 * problem becomes a Dutch message for the writer, with the line where there is one.
 * - only regular files are opened (no symbolic links, named pipes, sockets or devices);
 * - files larger than MAX_FILE_BYTES are not read;
 * - text must be UTF-8 (with or without byte-order mark); UTF-16, Latin-1/Windows-1252, NUL
 *   bytes and other control characters are named with their line;
 * - YAML: one document, YAML 1.2, no tags (!!js/function, !!binary ...), aliases only to anchors
 *   defined before them and at most MAX_ALIASES of them, nesting at most MAX_DEPTH deep.
 */
import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';

export const MAX_FILE_BYTES = 1_000_000;
export const MAX_ALIASES = 1000;
export const MAX_DEPTH = 24;

export interface Problem {
  message: string;
  line?: number;
}

export type EntryType = 'file' | 'dir' | 'link' | 'other' | 'missing';

export interface DirEntry {
  name: string;
  path: string;
  type: EntryType;
}

/** What a path is, without following symbolic links and without opening it. */
export function typeOf(path: string): { type: EntryType; stats?: Stats; problem?: Problem } {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') return { type: 'missing' };
    return { type: 'missing', problem: fsProblem(e) };
  }
  if (stats.isSymbolicLink()) return { type: 'link', stats };
  if (stats.isDirectory()) return { type: 'dir', stats };
  if (stats.isFile()) return { type: 'file', stats };
  return { type: 'other', stats };
}

/** The entries of a folder, sorted by name; a problem instead when it cannot be read. */
export function listDir(dir: string): { entries: DirEntry[]; problem?: Problem } {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    return { entries: [], problem: fsProblem(e) };
  }
  const entries = names.sort().map((name) => {
    const path = join(dir, name);
    return { name, path, type: typeOf(path).type };
  });
  return { entries };
}

/** A Dutch sentence for a file-system error (no stack, no English). */
export function fsProblem(e: unknown): Problem {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const reasons: Record<string, string> = {
    ENOENT: 'bestaat niet (of is een koppeling naar iets dat niet bestaat)',
    EISDIR: 'is een map, maar hier hoort een bestand',
    ENOTDIR: 'is een bestand, maar hier hoort een map',
    ELOOP: 'is een kring van symbolische koppelingen',
    EACCES: 'mag niet worden gelezen (geen leesrechten)',
    EPERM: 'mag niet worden gelezen (geen rechten)',
    ENAMETOOLONG: 'heeft een te lange naam',
    EMFILE: 'kan niet worden geopend: te veel open bestanden',
    EIO: 'kan niet worden gelezen (schijffout)',
  };
  return { message: `kan niet worden gelezen: ${reasons[code] ?? `onbekende fout${code ? ` (${code})` : ''}`}` };
}

/** Read a content file as text, or say why not. */
export function readText(path: string): { text?: string; problem?: Problem } {
  const t = typeOf(path);
  if (t.problem) return { problem: t.problem };
  if (t.type === 'missing') return { problem: { message: 'bestaat niet' } };
  if (t.type === 'link') return { problem: linkProblem(path) };
  if (t.type === 'dir') return { problem: { message: 'is een map, maar hier hoort een bestand' } };
  if (t.type === 'other')
    return { problem: { message: 'is geen gewoon bestand (maar bijvoorbeeld een named pipe, socket of apparaat) en wordt niet gelezen' } };
  if (t.stats!.size > MAX_FILE_BYTES) {
    return {
      problem: {
        message: `is te groot (${Math.round(t.stats!.size / 1000)} kB; de grens is ${MAX_FILE_BYTES / 1000} kB per bestand): splits het op`,
      },
    };
  }
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    return { problem: fsProblem(e) };
  }
  if (buf.length > MAX_FILE_BYTES) return { problem: { message: `is te groot (de grens is ${MAX_FILE_BYTES / 1000} kB per bestand)` } };
  return decode(buf);
}

/** Read a content file as bytes (images), with the same rules: regular files only, at most `limit` bytes. */
export function readBytes(path: string, limit = MAX_FILE_BYTES): { bytes?: Buffer; problem?: Problem } {
  const t = typeOf(path);
  if (t.problem) return { problem: t.problem };
  if (t.type === 'missing') return { problem: { message: 'bestaat niet' } };
  if (t.type === 'link') return { problem: linkProblem(path) };
  if (t.type === 'dir') return { problem: { message: 'is een map, maar hier hoort een bestand' } };
  if (t.type === 'other')
    return { problem: { message: 'is geen gewoon bestand (maar bijvoorbeeld een named pipe, socket of apparaat) en wordt niet gelezen' } };
  if (t.stats!.size > limit)
    return { problem: { message: `is te groot (${Math.round(t.stats!.size / 1000)} kB; de grens is ${limit / 1000} kB)` } };
  try {
    const bytes = readFileSync(path);
    if (bytes.length > limit) return { problem: { message: `is te groot (de grens is ${limit / 1000} kB)` } };
    return { bytes };
  } catch (e) {
    return { problem: fsProblem(e) };
  }
}

export function linkProblem(_path: string): Problem {
  return {
    message: 'is een symbolische koppeling (symlink); die worden niet gevolgd. Zet het bestand of de map zelf op deze plek',
  };
}

const lineAt = (buf: Buffer | string, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if ((typeof buf === 'string' ? buf.charCodeAt(i) : buf[i]) === 10) line++;
  return line;
};

/** UTF-8 text (byte-order mark removed) or the reason it is not. */
export function decode(buf: Buffer): { text?: string; problem?: Problem } {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    return { problem: { message: 'is opgeslagen als UTF-16 (Unicode); sla het op als UTF-8', line: 1 } };
  }
  if (buf.length >= 4 && ((buf[0] === 0 && buf[1] !== 0) || (buf[0] !== 0 && buf[1] === 0 && buf[3] === 0))) {
    return { problem: { message: 'lijkt als UTF-16 (Unicode) opgeslagen; sla het op als UTF-8', line: 1 } };
  }
  const nul = buf.indexOf(0);
  if (nul >= 0)
    return {
      problem: { message: 'bevat een NUL-teken (byte 0); is het een tekstbestand? Sla het op als UTF-8-tekst', line: lineAt(buf, nul) },
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    const bad = firstInvalidUtf8(buf);
    const line = lineAt(buf, bad);
    const start = buf.lastIndexOf(10, bad) + 1;
    const end = buf.indexOf(10, bad);
    const shown = buf
      .subarray(start, end < 0 ? buf.length : end)
      .toString('latin1')
      .trim()
      .slice(0, 60);
    return {
      problem: {
        message: `is geen UTF-8: waarschijnlijk opgeslagen als Windows-1252 of Latin-1 (op deze regel: "${shown}"). Sla het bestand op als UTF-8`,
        line,
      },
    };
  }
  // eslint-disable-next-line no-control-regex
  const control = text.search(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f\u0080-\u009f]/);
  if (control >= 0) {
    const code = text.charCodeAt(control).toString(16).padStart(4, '0').toUpperCase();
    return { problem: { message: `bevat een onzichtbaar stuurteken (U+${code}); verwijder het`, line: lineAt(text, control) } };
  }
  const bidi = text.search(/[\u202a-\u202e\u2066-\u2069]/);
  if (bidi >= 0)
    return {
      problem: {
        message: 'bevat een onzichtbaar teken dat de leesrichting omdraait (U+202A–U+202E of U+2066–U+2069); verwijder het',
        line: lineAt(text, bidi),
      },
    };
  const fffd = text.indexOf('\ufffd');
  if (fffd >= 0)
    return {
      problem: {
        message:
          'bevat het vervangingsteken "\ufffd": een teken is bij het opslaan in een verkeerde codering verloren gegaan; typ het opnieuw',
        line: lineAt(text, fffd),
      },
    };
  return { text };
}

function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return 0;
}

export interface ParsedYaml {
  doc?: Document;
  lines?: LineCounter;
  value?: unknown;
  problems: Problem[];
}

const YAML_REASONS: Record<string, string> = {
  DUPLICATE_KEY: 'een sleutel staat twee keer in hetzelfde object',
  BAD_INDENT: 'de inspringing klopt niet',
  MISSING_CHAR: 'er ontbreekt een teken (bijvoorbeeld een afsluitend aanhalingsteken of haakje)',
  BLOCK_AS_IMPLICIT_KEY: 'een regel lijkt een sleutel maar mist de dubbele punt of staat verkeerd ingesprongen',
  UNEXPECTED_TOKEN: 'onverwacht teken',
  MULTILINE_IMPLICIT_KEY: 'een sleutel loopt over meerdere regels; vergeet u een dubbele punt of inspringing?',
  TAB_AS_INDENT: 'gebruik spaties, geen tabs, om in te springen',
  BAD_DIRECTIVE: 'onbekende of ongeldige YAML-aanwijzing (zoals %YAML 9.9); laat regels die met % beginnen weg',
  TAG_RESOLVE_FAILED: 'onbekend YAML-label (tag); labels als !!js/function zijn niet toegestaan',
  BAD_ALIAS: 'ongeldige verwijzing (*naam)',
  MULTIPLE_DOCS: 'het bestand bevat meer dan één YAML-document (een regel met alleen --- of ...)',
  KEY_OVER_1024_CHARS: 'een sleutel is langer dan 1024 tekens',
};

/** Parse YAML text into a plain value, refusing everything a writer does not need. */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const problems: Problem[] = [];
  const lines = new LineCounter();
  const at = (offset: number | undefined) => (typeof offset === 'number' ? lines.linePos(offset).line + lineOffset : undefined);
  let doc: Document;
  try {
    doc = parseDocument(text, {
      lineCounter: lines,
      prettyErrors: true,
      uniqueKeys: true,
      version: '1.2',
      strict: true,
      stringKeys: false,
    });
  } catch (e) {
    return {
      problems: [
        {
          message: `ongeldige YAML: de YAML kan niet worden gelezen (${e instanceof RangeError ? 'te diep genest' : String((e as Error)?.message ?? e).split('\n')[0]})`,
        },
      ],
    };
  }
  for (const err of [...doc.errors, ...doc.warnings].slice(0, 3)) {
    const line = (err.linePos?.[0]?.line ?? 0) + lineOffset;
    const reason = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    if (/stack/i.test(reason)) {
      problems.push({ message: `ongeldige YAML: te diep genest (de grens is ${MAX_DEPTH} niveaus)`, line: line || undefined });
      break;
    }
    const known =
      YAML_REASONS[err.code] ?? (/multiple documents/i.test(reason) ? YAML_REASONS.MULTIPLE_DOCS : 'de YAML kan niet worden gelezen');
    problems.push({ message: `ongeldige YAML: ${known} (${reason})`, line: line || undefined });
  }
  if (problems.length) return { problems };
  // directives: only "%YAML 1.2" (or none)
  if (/^%(?!YAML 1\.2\s*$)/m.test(text.split(/^---/m)[0] ?? '') && doc.directives?.docStart) {
    const m = text.match(/^%.*$/m);
    problems.push({
      message: `ongeldige YAML: de aanwijzing "${m?.[0] ?? '%'}" is niet toegestaan; laat regels die met % beginnen weg`,
      line: 1 + lineOffset,
    });
    return { problems };
  }
  // tags, aliases, keys
  const anchors = new Set<string>();
  let aliases = 0;
  let firstAlias: number | undefined;
  let deepest: { depth: number; line?: number } = { depth: 0 };
  try {
    visit(doc, {
      Node(_key, node, path) {
        const n = node as { tag?: string; anchor?: string; range?: [number, number, number] };
        if (n.tag && !isAlias(node)) {
          const shown = n.tag.replace(/^tag:yaml\.org,2002:/, '!!');
          problems.push({
            message: `ongeldige YAML: het label (tag) ${shown} is niet toegestaan; schrijf de waarde zonder label`,
            line: at(n.range?.[0]),
          });
        }
        if (n.anchor) anchors.add(n.anchor);
        // nesting: the collections among the ancestors
        const depth = path.filter((p) => isNode(p) && 'items' in (p as object)).length;
        if (depth > deepest.depth) deepest = { depth, line: at(n.range?.[0]) };
        if (isAlias(node)) {
          aliases++;
          firstAlias ??= at(node.range?.[0]);
          if (path.some((p) => (p as { anchor?: string }).anchor === node.source)) {
            problems.push({
              message: `ongeldige YAML: verwijzing *${node.source} staat binnen haar eigen anker &${node.source} (een kring)`,
              line: at(node.range?.[0]),
            });
          } else if (!anchors.has(node.source)) {
            problems.push({
              message: `ongeldige YAML: verwijzing *${node.source} naar een anker &${node.source} dat er (nog) niet is; een anker moet vóór de verwijzing staan`,
              line: at(node.range?.[0]),
            });
          }
        }
      },
      Pair(_key, pair) {
        const k = pair.key;
        if (isNode(k) && !('value' in k && (typeof k.value === 'string' || typeof k.value === 'number' || typeof k.value === 'boolean'))) {
          problems.push({
            message: 'ongeldige YAML: een sleutel moet een gewoon woord zijn, geen lijst of object',
            line: at((k as any).range?.[0]),
          });
        }
      },
    });
  } catch (e) {
    return {
      problems: [
        { message: `ongeldige YAML: de YAML kan niet worden gelezen (${e instanceof RangeError ? 'te diep genest' : 'onbekende fout'})` },
      ],
    };
  }
  if (aliases > MAX_ALIASES)
    problems.push({ message: `ongeldige YAML: te veel verwijzingen (*naam): ${aliases}, de grens is ${MAX_ALIASES}`, line: firstAlias });
  if (deepest.depth > MAX_DEPTH)
    problems.push({ message: `ongeldige YAML: te diep genest (meer dan ${MAX_DEPTH} niveaus)`, line: deepest.line });
  if (problems.length) return { problems: problems.slice(0, 5) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const msg = String((e as Error)?.message ?? e);
    const reason = /alias count/i.test(msg)
      ? 'de verwijzingen (*naam) vermenigvuldigen de inhoud te sterk (een "alias bomb"); schrijf de waarden uit'
      : /anchor|alias/i.test(msg)
        ? 'een verwijzing (*naam) naar een anker (&naam) dat er niet is'
        : e instanceof RangeError
          ? 'te diep genest'
          : 'de YAML kan niet worden gelezen';
    return { problems: [{ message: `ongeldige YAML: ${reason}`, line: firstAlias }] };
  }
  const depth = depthOf(value);
  if (depth > MAX_DEPTH)
    return { problems: [{ message: `ongeldige YAML: te diep genest (${depth} niveaus; de grens is ${MAX_DEPTH})`, line: deepest.line }] };
  return { doc, lines, value, problems };
}

/** Nesting depth of a plain value, without recursion. */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  const seen = new Set<unknown>();
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > MAX_DEPTH) return max;
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      if (seen.has(v)) continue;
      seen.add(v);
      for (const c of Object.values(v)) stack.push([c, d + 1]);
    }
  }
  return max;
}
