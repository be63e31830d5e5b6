/**
 * Fixed forms: the B&W advice form (collegeadvies, field order of the Noord-Limburg form, with
 * the gemeente, date and zaaknummer a college registers it under and a box for the college's
 * decision) and the meeting cover sheet (voorblad bij stuk, field order of the Gooi en
 * Vechtstreek voorblad), plus the header block of a memo. Writers fill the fields in `form:`; the
 * print edition lays them out in this order and prints a field that is empty, or only holds a
 * note such as "niet vermeld", as "niet ingevuld", as a paper form would.
 */

export interface FormTemplate {
  /** What the form is called on the page. */
  name: string;
  /** Field labels in the order of the form. `section: true` fields are long text with their own heading. */
  fields: { label: string; section?: boolean }[];
  /** A box for the decision, filled in by hand (the college's besluit on an advice). */
  decision?: { heading: string; options: string[]; lines: string[] };
}

export const FORM_TEMPLATES: Record<string, FormTemplate> = {
  collegeadvies: {
    name: 'Advies aan burgemeester en wethouders',
    fields: [
      { label: 'Gemeente' },
      { label: 'Datum' },
      { label: 'Zaaknummer' },
      { label: 'Onderwerp' },
      { label: 'Naam steller' },
      { label: 'Teammanager' },
      { label: 'Besproken met portefeuillehouder?' },
      { label: 'Openbaarheid' },
      { label: 'Bevoegd orgaan' },
      { label: 'Ter kennisname aanbieden aan Raad' },
      { label: 'Advies', section: true },
      { label: 'Inleiding', section: true },
      { label: 'Beoogd resultaat', section: true },
      { label: 'Argumenten', section: true },
      { label: "Kanttekeningen of risico's", section: true },
      { label: 'Communicatie', section: true },
      { label: 'Financiële gevolgen', section: true },
      { label: 'Vervolgtraject besluitvorming', section: true },
      { label: 'Evaluatie', section: true },
      { label: 'Bijlagen', section: true },
      { label: 'Naslagwerk', section: true },
    ],
    decision: {
      heading: 'Besluit van burgemeester en wethouders',
      options: ['Conform advies', 'Aangehouden', 'Gewijzigd vastgesteld (zie toelichting)', 'Niet akkoord'],
      lines: ['Datum besluit', 'Toelichting'],
    },
  },
  voorblad: {
    name: 'Voorblad bij stuk',
    fields: [
      { label: 'Vergadering' },
      { label: 'Voorblad bij stuk' },
      { label: 'Onderwerp' },
      { label: 'Steller' },
      { label: 'Route' },
      { label: 'Inhoud' },
      { label: 'Doel agendering' },
    ],
  },
  memo: {
    name: 'Memo',
    fields: [{ label: 'Onderwerp' }, { label: 'Steller' }, { label: 'Agendering' }, { label: 'Zaaknummer' }, { label: 'Datum' }],
  },
};

/** Heading above the form fields on the site and in print. */
export function formHeading(type: string): string {
  return type === 'collegeadvies' ? 'Adviesformulier' : type === 'memo' ? 'Kopgegevens' : 'Voorblad';
}

/** Types whose print edition is the form itself (no cover, no table of contents). */
export const FORM_EDITIONS = new Set(['collegeadvies', 'voorblad']);

export type FormValue = string | string[];
export interface FormRow {
  label: string;
  value?: FormValue;
  section: boolean;
}

/** What a form prints for a field that is not filled in. */
export const NOT_FILLED = 'niet ingevuld';

/** Notes that say a field is empty ("niet vermeld", "(geen waarde in de bron)", "—"): printed as not filled in. */
const EMPTY_NOTE = /^\(?\s*(niet vermeld|niet bekend|onbekend|geen waarde( in de bron)?|leeg|n\.?b\.?|[-–—]|niet ingevuld)\s*\)?\.?$/i;

/** Whether a value counts as not filled in. */
export function isUnfilled(v: FormValue | undefined): boolean {
  if (v === undefined) return true;
  const list = Array.isArray(v) ? v : [v];
  return list.every((x) => x.trim() === '' || EMPTY_NOTE.test(x.trim()));
}

/**
 * The template's fields in order with the writer's values; fields not filled in have no value.
 * `defaults` fills a field the writer left out from the document itself (its date, its reference).
 */
export function formRows(
  type: string,
  form: { label: string; value: FormValue }[],
  defaults: Record<string, string | undefined> = {},
): FormRow[] {
  const t = FORM_TEMPLATES[type];
  const clean = (v: FormValue | undefined) => (isUnfilled(v) ? undefined : v);
  if (!t) return form.map((f) => ({ label: f.label, value: clean(f.value), section: false }));
  const byLabel = new Map(form.map((f) => [f.label, f.value]));
  return t.fields.map((f) => ({ label: f.label, value: clean(byLabel.get(f.label) ?? defaults[f.label]), section: !!f.section }));
}

/** Problems with a document's form fields, as [field path, reason]. */
export function checkForm(type: string, form: { label: string }[]): [string, string][] {
  const t = FORM_TEMPLATES[type];
  if (!t) return [];
  const labels = t.fields.map((f) => f.label);
  const list = labels.join(', ');
  const out: [string, string][] = [];
  const seen = new Set<string>();
  let last = -1;
  form.forEach((f, i) => {
    const at = labels.indexOf(f.label);
    const where = `form[${i}].label`;
    if (at < 0) {
      const near = labels.find((l) => l.toLowerCase() === f.label.toLowerCase().trim());
      out.push([
        where,
        near
          ? `"${f.label}" heet op het formulier "${near}"`
          : `onbekend veld "${f.label}" op een ${t.name.toLowerCase()}; de velden zijn, in deze volgorde: ${list}`,
      ]);
      return;
    }
    if (seen.has(f.label)) {
      out.push([where, `het veld "${f.label}" staat er twee keer`]);
      return;
    }
    seen.add(f.label);
    if (at < last)
      out.push([where, `"${f.label}" staat op het formulier vóór "${labels[last]}"; de velden zijn, in deze volgorde: ${list}`]);
    else last = at;
  });
  return out;
}
