/**
 * The raadsinformatiebrief as one gemeente sends it: the shared letter with what that gemeente
 * sets differently (letter.gemeenten.<id>: datum, kenmerk, contactpersoon, portefeuillehouder,
 * ondertekening, lokaleAlinea), whether it is a concept, and a file name a records system accepts.
 * Pure: used by the letter page, the PDF step (zip, merged PDF) and the DOCX.
 */
import type { FuzzyDate } from './dates.ts';

export interface Signatory {
  role: string;
  name?: string;
}
export interface ContactPerson {
  naam: string;
  telefoon?: string;
  email?: string;
}
interface LocalPart {
  datum?: FuzzyDate;
  kenmerk?: string;
  contactpersoon?: ContactPerson;
  portefeuillehouder?: string;
  ondertekening?: Signatory[];
  lokaleAlinea?: string;
}
export interface LetterData extends Omit<LocalPart, 'ondertekening' | 'lokaleAlinea'> {
  concept?: boolean;
  gemeenten?: Record<string, LocalPart>;
}

export interface GemeenteLetter {
  datum?: FuzzyDate;
  kenmerk?: string;
  contactpersoon?: ContactPerson;
  portefeuillehouder?: string;
  signatories: Signatory[];
  lokaleAlinea?: string;
  concept: boolean;
}

/** Whether a letter prints as a concept: an explicit letter.concept, else only the status "concept". */
export function isConceptLetter(letter: { concept?: boolean }, status: string): boolean {
  return letter.concept ?? status === 'concept';
}

/** The letter of one gemeente: its own values where it has them, the shared letter's otherwise. */
export function letterFor(
  doc: { status: string; date?: FuzzyDate; reference?: string; letter: LetterData },
  gemeente: { id: string; signatories: Signatory[] },
): GemeenteLetter {
  const l = doc.letter;
  const own = l.gemeenten?.[gemeente.id] ?? {};
  return {
    datum: own.datum ?? l.datum ?? doc.date,
    kenmerk: own.kenmerk ?? l.kenmerk ?? doc.reference,
    contactpersoon: own.contactpersoon ?? l.contactpersoon,
    portefeuillehouder: own.portefeuillehouder ?? l.portefeuillehouder,
    signatories: own.ondertekening ?? gemeente.signatories,
    lokaleAlinea: own.lokaleAlinea,
    concept: isConceptLetter(l, doc.status),
  };
}

/** Letters, digits, dots and hyphens only: "Peel en Maas" → "Peel-en-Maas", "Z/25/12 3" → "Z-25-12-3". */
export function fileSafe(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * File name for a records system (DMS): "Raadsinformatiebrief_<Gemeente>_<datum>_<kenmerk>.<ext>",
 * ASCII without spaces; the date as yyyy-mm-dd (or what is known of it), left out with the kenmerk
 * when there is none.
 */
export function letterFileName(gemeente: string, l: Pick<GemeenteLetter, 'datum' | 'kenmerk'>, ext: string): string {
  const date = l.datum ? (l.datum.precision === 'dag' ? l.datum.start : fileSafe(l.datum.raw)) : '';
  const parts = ['Raadsinformatiebrief', fileSafe(gemeente), date, l.kenmerk ? fileSafe(l.kenmerk) : ''].filter(Boolean);
  return `${parts.join('_')}.${ext}`;
}
