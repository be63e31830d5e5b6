/** nl-NL number formatting and placeholders ("[x]", "PM") for figures the sources leave open. */

export const PLACEHOLDERS = ['[x]', 'PM', 'p.m.', '-', 'n.b.', 'nvt', '*'] as const;

export function isPlaceholder(v: unknown): v is string {
  return typeof v === 'string' && (PLACEHOLDERS as readonly string[]).includes(v.trim());
}

export type Cell = number | string | null;

const nf = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** Decimals as given: 94.9 → "94,9", 12106 → "12.106". */
export function formatNumber(n: number, decimals?: number): string {
  if (decimals !== undefined) {
    return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(n);
  }
  return nf.format(n);
}

/** A value with its unit in Dutch: "94,9%", "€ 4.111.805", "12.106", "8,8 uur per week". */
export function formatValue(v: Cell, unit: string = 'aantal'): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  switch (unit) {
    case 'procent':
      return `${formatNumber(v)}%`;
    case 'procentpunt':
      return `${formatNumber(v)} procentpunt`;
    case 'euro':
      return `€ ${formatNumber(v)}`;
    case 'miljoen-euro':
      return `€ ${formatNumber(v)} mln.`;
    case 'uur-per-week':
      return `${formatNumber(v)} uur per week`;
    case 'jaar':
      return `${formatNumber(v)} jaar`;
    case 'fte':
      return `${formatNumber(v)} fte`;
    default:
      return formatNumber(v);
  }
}

/** Plain value for CSV: dot decimal, no grouping, placeholders kept. */
export function csvValue(v: Cell): string {
  if (v === null || v === undefined) return '';
  // decimal comma, no thousands separator: what Dutch Excel reads as a number (94,9; 12106)
  return typeof v === 'number' ? String(v).replace('.', ',') : v;
}

/** Sum of the numeric cells; null when there is none. Rounds away float noise. */
export function sumNumbers(values: Cell[]): number | null {
  const nums = values.filter((v): v is number => typeof v === 'number');
  if (!nums.length) return null;
  const total = nums.reduce((a, b) => a + b, 0);
  return Math.round(total * 1e6) / 1e6;
}
