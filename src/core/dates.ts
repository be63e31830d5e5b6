/**
 * Fuzzy dates: the sources give days, months, quarters, weeks, years and phrases such as
 * "najaar 2024". We store the precision and a sortable start/end, and format them in Dutch.
 */
export type Precision = 'dag' | 'maand' | 'kwartaal' | 'week' | 'jaar' | 'periode';

export interface FuzzyDate {
  raw: string;
  precision: Precision;
  /** ISO yyyy-mm-dd, first day covered */
  start: string;
  /** ISO yyyy-mm-dd, last day covered */
  end: string;
  /** For precision "periode": the Dutch phrase ("najaar 2024"). */
  phrase?: string;
}

export const FUZZY_DATE_HINT =
  'gebruik JJJJ-MM-DD, JJJJ-MM, JJJJ-Qn (kwartaal), JJJJ-Wnn (week), JJJJ, of een periode als "najaar 2024", "begin 2027", "na de zomer van 2026"';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Monday of ISO week w of year y. */
function isoWeekStart(y: number, w: number): Date {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const dow = jan4.getUTCDay() || 7;
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - dow + 1 + (w - 1) * 7);
  return monday;
}
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** Phrases with the months they cover. */
export const PHRASES: Record<string, [number, number]> = {
  begin: [1, 3],
  voorjaar: [3, 5],
  medio: [5, 8],
  zomer: [6, 8],
  'voor de zomer van': [1, 6],
  'na de zomer van': [9, 12],
  najaar: [9, 11],
  eind: [10, 12],
  winter: [12, 12],
  'eerste helft': [1, 6],
  'tweede helft': [7, 12],
};

export function parseFuzzyDate(input: string): FuzzyDate | null {
  const raw = input.trim();
  let m: RegExpMatchArray | null;
  if ((m = raw.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
    return { raw, precision: 'dag', start: iso(y, mo, d), end: iso(y, mo, d) };
  }
  if ((m = raw.match(/^(\d{4})-(\d{2})$/))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return { raw, precision: 'maand', start: iso(y, mo, 1), end: iso(y, mo, daysIn(y, mo)) };
  }
  if ((m = raw.match(/^(\d{4})-Q([1-4])$/i))) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    return { raw, precision: 'kwartaal', start: iso(y, q * 3 - 2, 1), end: iso(y, q * 3, daysIn(y, q * 3)) };
  }
  if ((m = raw.match(/^(\d{4})-W(\d{1,2})$/i))) {
    const [y, w] = [Number(m[1]), Number(m[2])];
    if (w < 1 || w > 53) return null;
    const s = isoWeekStart(y, w);
    const e = new Date(s);
    e.setUTCDate(s.getUTCDate() + 6);
    return { raw, precision: 'week', start: isoOf(s), end: isoOf(e) };
  }
  if ((m = raw.match(/^(\d{4})$/))) {
    const y = Number(m[1]);
    return { raw, precision: 'jaar', start: iso(y, 1, 1), end: iso(y, 12, 31) };
  }
  if ((m = raw.toLowerCase().match(/^([a-z ]+?)\s+(\d{4})$/))) {
    const range = PHRASES[m[1]];
    if (!range) return null;
    const y = Number(m[2]);
    return { raw, precision: 'periode', start: iso(y, range[0], 1), end: iso(y, range[1], daysIn(y, range[1])), phrase: raw };
  }
  return null;
}

/** Dutch rendering: "7 mei 2026", "mei 2026", "2e kwartaal 2026", "week 12 2026", "2026", "najaar 2024". */
export function formatFuzzyDate(d: FuzzyDate): string {
  const [y, mo, day] = d.start.split('-').map(Number);
  switch (d.precision) {
    case 'dag':
      return `${day} ${MONTHS[mo - 1]} ${y}`;
    case 'maand':
      return `${MONTHS[mo - 1]} ${y}`;
    case 'kwartaal':
      return `${Math.ceil(mo / 3)}e kwartaal ${y}`;
    case 'week': {
      const w = d.raw.match(/W(\d+)/i)?.[1];
      return `week ${Number(w)} ${d.raw.slice(0, 4)}`;
    }
    case 'jaar':
      return String(y);
    case 'periode':
      return d.phrase ?? d.raw;
  }
}

/** Short form for calendars: "7 mei". */
export function formatDayMonth(d: FuzzyDate): string {
  const [, mo, day] = d.start.split('-').map(Number);
  return d.precision === 'dag' ? `${day} ${MONTHS[mo - 1]}` : formatFuzzyDate(d);
}

export function compareFuzzy(a: FuzzyDate, b: FuzzyDate): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
}

/** "2026-05-07" → "7 mei 2026". */
export function formatIsoDate(iso: string): string {
  const [y, mo, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[mo - 1]} ${y}`;
}
