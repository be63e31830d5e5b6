/** CSV for open data as Dutch Excel reads it: semicolon-separated, UTF-8 with BOM, decimal commas. */
import { csvValue, type Cell } from './numbers.ts';

const quote = (s: string) => (/[;"\n\r\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A plain number written as text ("-5", "+3.2") or the placeholder "-": no formula. */
const PLAIN = /^(?:-|[-+]?\d+(?:[.,]\d+)?)$/;
/** Characters a spreadsheet reads as the start of a formula (ASCII and full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * OWASP's advice against CSV (formula) injection: a text cell that starts with =, +, -, @, tab or
 * a line break gets a leading apostrophe, so a spreadsheet shows it as text instead of running it.
 * Numbers stay numbers.
 */
export function neutralise(s: string): string {
  return FORMULA_START.test(s) && !PLAIN.test(s) ? `'${s}` : s;
}

const textCell = (c: Cell) => (typeof c === 'number' ? csvValue(c) : quote(neutralise(csvValue(c))));

export function toCsv(header: string[], rows: Cell[][]): string {
  const lines = [header.map((h) => quote(neutralise(h))).join(';'), ...rows.map((r) => r.map(textCell).join(';'))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Parse what toCsv wrote (used by tests and by anyone re-reading the download). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') (row.push(cell), (cell = ''));
    else if (ch === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''));
    else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) (row.push(cell), rows.push(row));
  return rows;
}
