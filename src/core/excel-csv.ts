/**
 * Reading a CSV file as Excel writes it on a Dutch computer: semicolons between cells, decimal
 * commas and thousands dots ("1.234,5"), in UTF-8 (with or without BOM) or Windows-1252.
 * Used by `npm run nieuw -- tabel`.
 */

/** Text of the file: UTF-8 when the bytes are valid UTF-8, else Windows-1252 (Excel's "CSV (puntkomma)"). */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Windows-1252' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

/** The separator: the one of ; , and tab that occurs most in the first line (outside quotes). */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const first = (text.split(/\r?\n/)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string) => first.split(c).length - 1;
  const best = ([';', '\t', ','] as const).map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : ';';
}

/** Rows of cells, with quoted cells ("a;b", "say ""hi""") and line breaks inside quotes. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) (row.push(cell), (cell = ''));
    else if (ch === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''));
    else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) (row.push(cell), rows.push(row));
  // leave out empty lines (Excel writes ";;;" for them)
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/**
 * A number as Dutch Excel writes it: "12.106" (thousands dot), "94,9", "1.234,5", "€ 4.111.805",
 * "94,9%", "-3". A dot followed by other than three digits is read as a decimal point ("4.1",
 * written by an English-language export). Returns undefined for anything else.
 */
export function parseDutchNumber(input: string): number | undefined {
  let t = input
    .trim()
    .replace(/[\u00a0\u202f ]/g, '')
    .replace(/^€/, '')
    .replace(/%$/, '');
  if (/^[-−]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^[-−]?\d+(,\d+)?$/.test(t)) t = t.replace(',', '.');
  else if (!/^[-−]?\d+\.\d+$/.test(t)) return undefined;
  const n = Number(t.replace('−', '-'));
  return Number.isFinite(n) ? n : undefined;
}
