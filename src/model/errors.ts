/** A problem in a content file, worded for the writer who has to fix it. */
import { count } from '../i18n/strings.ts';
export interface ContentError {
  file: string;
  line?: number;
  /** Which entry and field: 'actie "2.1.3" › themes[0]' */
  field?: string;
  message: string;
}

export function formatError(e: ContentError): string {
  const where = e.line ? `${e.file}:${e.line}` : e.file;
  return e.field ? `${where}\n  veld ${e.field}: ${e.message}` : `${where}\n  ${e.message}`;
}

export function formatErrors(errors: ContentError[]): string {
  const n = errors.length;
  const head = `De inhoud bevat ${count(n, 'fout')}; er is niets gebouwd en de vorige versie van de site blijft staan.\n`;
  return head + '\n' + errors.map(formatError).join('\n\n') + '\n';
}

/** "themes[0].national" from a zod path. */
export function pathToString(path: PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}
