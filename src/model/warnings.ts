/**
 * Things that build but are probably not what the writer meant: sentences the scaffolds left to
 * be replaced, and an adopted document whose status still prints CONCEPT. `npm run validate`
 * prints them after the check; they do not stop a build.
 */
import { readFileSync } from 'node:fs';
import { formatError, pathToString, type ContentError } from './errors.ts';
import { DRAFT_STATUSES } from '../i18n/labels.ts';
import type { Entry, Model } from './types.ts';

/** Sentences the scaffolds (npm run nieuw, npm run nieuwe-regio) write for the writer to replace. */
export const PLACEHOLDER_TEXT = /\bVervang deze\b[^.\n]*|\bNog te schrijven\./;

function strings(value: unknown, path: PropertyKey[], out: [PropertyKey[], string][]) {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, [...path, k], out);
  return out;
}

const KINDS = ['regions', 'documents', 'themes', 'indicators', 'tables', 'actions', 'bodies', 'meetings', 'glossary'] as const;

export function warningsOf(model: Model): ContentError[] {
  const out: ContentError[] = [];
  for (const kind of KINDS) {
    for (const e of model[kind] as Entry[]) {
      for (const [path, text] of strings(e.raw, [], [])) {
        const m = text.match(PLACEHOLDER_TEXT);
        if (m)
          out.push({
            file: e.file,
            line: e.at?.(path) ?? e.line,
            field: `${e.localId} › ${pathToString(path)}`,
            message: `voorbeeldtekst nog niet vervangen: "${m[0].trim()}"`,
          });
      }
    }
  }
  for (const c of model.chapters) {
    if (!PLACEHOLDER_TEXT.test(c.body ?? '')) continue;
    let lines: string[] = [];
    try {
      lines = readFileSync(c.file, 'utf8').split('\n');
    } catch {}
    const i = lines.findIndex((l) => PLACEHOLDER_TEXT.test(l));
    const m = (i >= 0 ? lines[i] : c.body!).match(PLACEHOLDER_TEXT)!;
    out.push({ file: c.file, line: i >= 0 ? i + 1 : undefined, message: `voorbeeldtekst nog niet vervangen: "${m[0].trim()}"` });
  }
  for (const d of model.documents) {
    // a bijlage written like an id that matches no document is printed as that id: probably a typo
    (d.data.letter?.bijlagen ?? []).forEach((b: string, i: number) => {
      const id = b.includes('/') ? b : `${d.region}/${b}`;
      if (/^[a-z0-9]+(-[a-z0-9]+)+(\/[a-z0-9-]+)?$/.test(b) && !model.documents.some((x) => x.id === id)) {
        out.push({
          file: d.file,
          field: `document "${d.localId}" › letter.bijlagen[${i}]`,
          message: `"${b}" lijkt een document-id, maar er is geen document met die id; de brief drukt de tekst letterlijk af. Bedoelt u een van: ${model.documents
            .filter((x) => x.region === d.region)
            .map((x) => x.localId)
            .join(', ')}?`,
        });
      }
    });
    const adopted = d.data.decisions.find((x: { outcome: string }) => x.outcome === 'vastgesteld');
    if (adopted && DRAFT_STATUSES.has(d.data.status)) {
      out.push({
        file: d.file,
        field: `document "${d.localId}" › status`,
        message: `het document is vastgesteld (decisions) maar heeft status "${d.data.status}": de afdruk en de PDF krijgen het watermerk CONCEPT. Zet status: vastgesteld`,
      });
    }
  }
  return out;
}

export function formatWarnings(warnings: ContentError[]): string {
  if (!warnings.length) return '';
  return (
    `\n${warnings.length === 1 ? '1 waarschuwing' : `${warnings.length} waarschuwingen`} (de site wordt wel gebouwd):\n\n` +
    warnings.map(formatError).join('\n\n') +
    '\n'
  );
}
