/** CSV for open data as Dutch Excel reads it: semicolon-separated, UTF-8 with BOM, decimal commas. */
import { csvValue, type Cell } from './numbers.ts';

const quote = (s: string) => (/[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function toCsv(header: string[], rows: Cell[][]): string {
  const lines = [header.map(quote).join(';'), ...rows.map((r) => r.map((c) => quote(csvValue(c))).join(';'))];
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
      if (ch === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}
