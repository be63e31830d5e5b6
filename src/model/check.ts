/**
 * Cross-entry checks that a schema cannot do alone: references to other entries, numbering
 * that must be unique, tables whose rows fit their columns, letters addressed to gemeenten
 * that exist.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { ContentError } from './errors.ts';
import { KIND_NAMES, NATIONAL, type Entry, type Kind, type Model } from './types.ts';
import { isPlaceholder } from '../core/numbers.ts';
import { isWebAddress, splitAddresses } from '../core/web-address.ts';
import { checkForm } from '../core/forms.ts';

/** Resolve "id" (same region) or "region/id" to a global id. */
export function resolveRef(ref: string, region: string): string {
  return ref.includes('/') ? ref : `${region}/${ref}`;
}

export function checkModel(model: Model, errors: ContentError[]) {
  const index = {} as Record<Kind, Map<string, Entry>>;
  for (const kind of Object.keys(KIND_NAMES) as Kind[]) {
    index[kind] = new Map(model[kind].map((e) => [e.id, e]));
  }
  const regionIds = new Set(model.regions.map((r) => r.localId));

  function err(e: Entry, field: string, message: string, at?: number) {
    const line = at ?? e.at?.(fieldPath(field)) ?? e.line;
    errors.push({ file: e.file, line, field: `${KIND_NAMES[kindOf(e)]} "${e.localId}" › ${field}`, message });
  }
  /** A reference of an entry to itself ("relations.partOf: agenda" in agenda.yaml). */
  function self(e: Entry, field: string, ref: string | undefined) {
    if (ref !== undefined && resolveRef(ref, e.region) === e.id) err(e, field, `verwijst naar zichzelf ("${ref}")`);
  }
  const kinds = new Map<Entry, Kind>();
  for (const kind of Object.keys(KIND_NAMES) as Kind[]) for (const e of model[kind]) kinds.set(e, kind);
  const kindOf = (e: Entry) => kinds.get(e)!;

  /**
   * Check one reference. `sameRegion`: the target must belong to the entry's own region
   * (bodies, meetings, themes); documents may also point at national documents.
   */
  function check(e: Entry, field: string, ref: string | undefined, target: Kind, opts: { sameRegion?: boolean } = {}) {
    if (ref === undefined) return;
    const id = target === 'sharedThemes' ? ref : resolveRef(ref, e.region);
    const found = index[target].get(id);
    const name = KIND_NAMES[target];
    if (!found) {
      const [r] = id.split('/');
      const known = [...index[target].values()].filter((t) => t.region === (target === 'sharedThemes' ? '' : r)).map((t) => t.localId);
      const hint =
        target !== 'sharedThemes' && r !== e.region && !regionIds.has(r) && r !== NATIONAL
          ? ` (er is geen regio "${r}")`
          : known.length
            ? `; bekend: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}`
            : '';
      // a body that is not one of the region's own (a college, a raad) is written by name
      const byName =
        target === 'bodies'
          ? `${known.length ? '' : ' (de regio heeft geen bodies.yaml of die is leeg)'}; staat het orgaan niet in bodies.yaml, schrijf dan bodyName: "${ref}"`
          : '';
      err(e, field, `onbekend ${name} "${ref}"${hint}${byName}`);
      return;
    }
    if (opts.sameRegion && found.region !== e.region) {
      err(
        e,
        field,
        `verwijst naar ${name} "${ref}" van regio "${found.region}"; een ${KIND_NAMES[kindOf(e)]} van regio "${e.region}" kan alleen naar een ${name} van de eigen regio verwijzen`,
      );
    }
  }

  for (const d of model.documents) {
    const data = d.data;
    const rel = data.relations;
    self(d, 'relations.partOf', rel.partOf);
    self(d, 'relations.annexOf', rel.annexOf);
    rel.supersedes.forEach((r: string, i: number) => self(d, `relations.supersedes[${i}]`, r));
    rel.implementedBy.forEach((r: string, i: number) => self(d, `relations.implementedBy[${i}]`, r));
    rel.relatedTo.forEach((r: string, i: number) => self(d, `relations.relatedTo[${i}]`, r));
    check(d, 'relations.partOf', rel.partOf, 'documents');
    check(d, 'relations.annexOf', rel.annexOf, 'documents');
    rel.supersedes.forEach((r: string, i: number) => check(d, `relations.supersedes[${i}]`, r, 'documents'));
    rel.implementedBy.forEach((r: string, i: number) => check(d, `relations.implementedBy[${i}]`, r, 'documents'));
    rel.relatedTo.forEach((r: string, i: number) => check(d, `relations.relatedTo[${i}]`, r, 'documents'));
    data.decisions.forEach((x: any, i: number) => check(d, `decisions[${i}].body`, x.body, 'bodies', { sameRegion: true }));
    data.route.forEach((x: any, i: number) => {
      check(d, `route[${i}].body`, x.body, 'bodies', { sameRegion: true });
      check(d, `route[${i}].meeting`, x.meeting, 'meetings', { sameRegion: true });
      if (!x.body && !x.meeting && !x.bodyName)
        err(d, `route[${i}]`, 'een stap in de route noemt een overleg (body), een vergadering (meeting) of een naam (bodyName)');
    });
    data.themes.forEach((t: string, i: number) => check(d, `themes[${i}]`, t, 'themes', { sameRegion: true }));
    if (data.letter && data.letter.recipients !== 'alle') {
      const region = model.regions.find((r) => r.localId === d.region);
      const known = region?.data.municipalities.map((m: any) => m.id) ?? [];
      const seen = new Set<string>();
      data.letter.recipients.forEach((g: string, i: number) => {
        if (!known.includes(g))
          err(d, `letter.recipients[${i}]`, `onbekende gemeente "${g}"; gemeenten van deze regio: ${known.join(', ')}`);
        else if (seen.has(g)) err(d, `letter.recipients[${i}]`, `gemeente "${g}" staat twee keer in de lijst`);
        seen.add(g);
      });
    }
    if (data.letter) {
      const region = model.regions.find((r) => r.localId === d.region);
      const all = region?.data.municipalities.map((m: any) => m.id) ?? [];
      const addressed = data.letter.recipients === 'alle' ? all : data.letter.recipients;
      for (const g of Object.keys(data.letter.gemeenten ?? {})) {
        if (!all.includes(g)) err(d, `letter.gemeenten.${g}`, `onbekende gemeente "${g}"; gemeenten van deze regio: ${all.join(', ')}`);
        else if (!addressed.includes(g))
          err(
            d,
            `letter.gemeenten.${g}`,
            `de brief gaat niet naar gemeente "${g}" (zie letter.recipients); haal "${g}" hier weg of zet de gemeente bij recipients`,
          );
      }
    }
    if (data.type === 'raadsinformatiebrief' && !data.letter)
      err(d, 'letter', 'een raadsinformatiebrief heeft een letter-blok (onderwerp, kenmerk, bijlagen)');
    for (const [field, message] of checkForm(data.type, data.form)) err(d, field, message);
  }

  // gemeenten: a logo names a file in the region's logos/ folder
  for (const r of model.regions) {
    const logos = Object.keys(r.logos ?? {});
    r.data.municipalities.forEach((m: any, i: number) => {
      if (m.logo && !logos.includes(m.logo))
        err(
          r,
          `municipalities[${i}].logo`,
          `logo "${m.logo}" staat niet in ${r.localId}/logos/${logos.length ? ` (daar staan: ${logos.join(', ')})` : ' (die map is er niet of heeft geen bruikbaar logo)'}`,
        );
    });
  }

  // chapters: belong to a document, numbers unique within it
  const numbers = new Map<string, Map<string, Entry>>();
  for (const c of model.chapters) {
    if (!index.documents.has(c.document!)) {
      const docFile = `${c.file.replace(/\/[^/]*$/, '')}.yaml`;
      err(c, 'document', `geen geldig document "${c.document}" voor dit hoofdstuk: ${docFile} ontbreekt of heeft fouten`);
    }
    const seen = numbers.get(c.document!) ?? new Map();
    numbers.set(c.document!, seen);
    const other = seen.get(c.data.number);
    if (other) {
      err(
        c,
        'number',
        `hoofdstuknummer "${c.data.number}" komt al voor in ${other.file}; nummers zijn uniek binnen een document (zet een afwijkend nummer uit de bron in sourceNumber)`,
      );
    } else seen.set(c.data.number, c);
  }

  for (const t of model.themes) {
    t.data.shared.forEach((s: string, i: number) => check(t, `shared[${i}]`, s, 'sharedThemes'));
    check(t, 'document', t.data.document, 'documents');
  }
  for (const x of model.indicators) {
    check(x, 'theme', x.data.theme, 'themes', { sameRegion: true });
    check(x, 'document', x.data.document, 'documents');
  }
  for (const r of model.regions) {
    const seen = new Map<string, number>();
    r.data.municipalities.forEach((m: any, i: number) => {
      if (seen.has(m.id))
        err(
          r,
          `municipalities[${i}].id`,
          `gemeente "${m.id}" staat dubbel (ook als municipalities[${seen.get(m.id)}]); elke gemeente heeft een eigen id`,
        );
      else seen.set(m.id, i);
    });
    const centrum = r.data.municipalities.filter((m: any) => m.centrumgemeente);
    if (centrum.length > 1)
      err(
        r,
        `municipalities[${r.data.municipalities.indexOf(centrum[1])}].centrumgemeente`,
        `er is maar één centrumgemeente; ook ${centrum[0].id} staat als centrumgemeente`,
      );
  }
  const chapterIds = new Set(model.chapters.map((c) => c.id));
  for (const t of model.tables) {
    check(t, 'document', t.data.document, 'documents');
    if (t.data.chapter !== undefined) {
      if (t.data.document === undefined) err(t, 'chapter', 'een tabel met chapter noemt ook het document (document: ...)');
      else {
        const docId = resolveRef(t.data.document, t.region);
        if (index.documents.has(docId) && !chapterIds.has(`${docId}/${t.data.chapter}`)) {
          const known = model.chapters.filter((c) => c.document === docId).map((c) => c.localId);
          err(
            t,
            'chapter',
            `onbekend hoofdstuk "${t.data.chapter}" in document "${t.data.document}"; hoofdstukken (bestandsnaam zonder .mdx): ${known.join(', ') || 'geen'}`,
          );
        }
      }
    }
    check(t, 'theme', t.data.theme, 'themes', { sameRegion: true });
    checkTable(t, (field, msg, line) => err(t, field, msg, line));
  }
  const actionIds = new Set(model.actions.map((a) => a.id));
  for (const a of model.actions) {
    a.data.themes.forEach((t: string, i: number) => check(a, `themes[${i}]`, t, 'themes', { sameRegion: true }));
    a.data.indicators.forEach((t: string, i: number) => check(a, `indicators[${i}]`, t, 'indicators', { sameRegion: true }));
    check(a, 'document', a.data.document, 'documents');
    if (a.data.parent === a.localId) err(a, 'parent', 'een actie kan niet haar eigen hoofdactiviteit zijn');
    else if (a.data.parent && !actionIds.has(`${a.region}/${a.data.parent}`))
      err(a, 'parent', `onbekende hoofdactiviteit "${a.data.parent}"`);
  }
  // monitoring: every action and indicator named in a voortgangsrapportage exists in the region,
  // and is reported once per period
  for (const m of model.monitoring) {
    const at = (item: string, field: string, message: string) =>
      errors.push({
        file: m.file,
        line: m.lines?.[item] ?? m.line,
        field: `${KIND_NAMES.monitoring} "${m.localId}" › ${item}.${field}`,
        message,
      });
    const seen = new Map<string, number>();
    m.data.actions.forEach((s: any, i: number) => {
      const item = `actions[${i}]`;
      if (!actionIds.has(`${m.region}/${s.action}`)) {
        const known = model.actions.filter((a) => a.region === m.region).map((a) => a.localId);
        at(item, 'action', `onbekende actie "${s.action}"; bekend: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}`);
      } else if (seen.has(s.action)) {
        at(
          item,
          'action',
          `actie "${s.action}" staat al in deze rapportage (actions[${seen.get(s.action)}]); geef per periode één stand per actie`,
        );
      } else seen.set(s.action, i);
    });
    m.data.indicators.forEach((r: any, i: number) => {
      const item = `indicators[${i}]`;
      const ind = index.indicators.get(`${m.region}/${r.indicator}`);
      if (!ind) {
        const known = model.indicators.filter((x) => x.region === m.region).map((x) => x.localId);
        at(
          item,
          'indicator',
          `onbekende indicator "${r.indicator}"; bekend: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}`,
        );
      } else if (ind.data.unit === 'tekst')
        at(item, 'indicator', `indicator "${r.indicator}" is tekst (unit: tekst) en kan geen gemeten waarde hebben`);
    });
  }
  for (const b of model.bodies) {
    self(b, 'replacedBy', b.data.replacedBy);
    check(b, 'replacedBy', b.data.replacedBy, 'bodies', { sameRegion: true });
    check(b, 'document', b.data.document, 'documents');
  }
  for (const m of model.meetings) {
    check(m, 'body', m.data.body, 'bodies', { sameRegion: true });
    m.data.items.forEach((it: any, i: number) => check(m, `items[${i}].theme`, it.theme, 'themes', { sameRegion: true }));
    m.data.documents.forEach((d: string, i: number) => check(m, `documents[${i}]`, d, 'documents'));
  }
}

/** 'rows[1][0] (kolom "x")' → ['rows', 1, 0]; 'relations.partOf' → ['relations', 'partOf']. */
export function fieldPath(field: string): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (const m of field.replace(/ \(.*\)$/, '').matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

/** Line of a path in a YAML file (tables are one file each; their entries carry no line). */
function lineIn(file: string, path: (string | number)[]): number | undefined {
  try {
    const lc = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lc });
    const node = doc.getIn(path, true) as { range?: [number] } | undefined;
    return node?.range ? lc.linePos(node.range[0]).line : undefined;
  } catch {
    return undefined;
  }
}

/** "4, 1" in a row written [Utrecht, 4,1]: two whole numbers side by side where one cell too many is. */
function commaHint(row: unknown[]): string {
  for (let j = 1; j < row.length; j++) {
    const [a, b] = [row[j - 1], row[j]];
    if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b) && b >= 0) {
      return `. Een komma scheidt cellen: staat hier ${a},${b}? Schrijf een decimaal getal met een punt (${a}.${b}) en zet tekst met een komma tussen aanhalingstekens`;
    }
  }
  return '. Een komma scheidt cellen: zet tekst met een komma tussen aanhalingstekens';
}

function checkTable(t: Entry, err: (field: string, msg: string, line?: number) => void) {
  const { columns, rows, totals, chart } = t.data;
  const ids = new Set<string>();
  columns.forEach((c: any, i: number) => {
    if (c.links && c.unit !== 'tekst')
      err(`columns[${i}].links`, `een kolom met webadressen (links: true) heeft unit: tekst, niet "${c.unit}"`);
    if (ids.has(c.id)) err(`columns[${i}].id`, `kolom "${c.id}" staat dubbel`);
    ids.add(c.id);
  });
  const checkRow = (row: any[], where: string, key: string, i: number) => {
    if (row.length !== columns.length) {
      err(
        where,
        `de rij heeft ${row.length} cellen, de tabel ${columns.length} kolommen (${columns.map((c: any) => c.id).join(', ')}); dit is rij ${i + 1} onder ${key}` +
          (row.length > columns.length ? commaHint(row) : ''),
        lineIn(t.file, [key, i]),
      );
      return;
    }
    row.forEach((cell, j) => {
      const col = columns[j];
      if (col.links) {
        const bad = linkCellProblem(cell);
        if (bad) err(`${where}[${j}] (kolom "${col.id}")`, bad, lineIn(t.file, [key, i, j]));
        return;
      }
      if (col.unit === 'tekst') return;
      if (cell === null || typeof cell === 'number' || isPlaceholder(cell)) return;
      err(
        `${where}[${j}] (kolom "${col.id}")`,
        `"${cell}" is geen getal en geen toegestane placeholder ([x], PM, -, n.b.); schrijf getallen als 12106 of 94.9`,
      );
    });
  };
  rows.forEach((r: any[], i: number) => checkRow(r, `rows[${i}]`, 'rows', i));
  totals.forEach((r: any[], i: number) => checkRow(r, `totals[${i}]`, 'totals', i));
  if (chart) {
    chart.series.forEach((s: string, i: number) => {
      const col = columns.find((c: any) => c.id === s);
      if (!col) err(`chart.series[${i}]`, `onbekende kolom "${s}"; kolommen: ${columns.map((c: any) => c.id).join(', ')}`);
      else if (col.unit === 'tekst') err(`chart.series[${i}]`, `kolom "${s}" bevat tekst en kan niet in een grafiek`);
    });
    // stacked percentages must be parts of one whole: 15% (2026) on top of 21% (2027) is no share of anything
    const cols = chart.series.map((s: string) => columns.findIndex((c: any) => c.id === s)).filter((j: number) => j >= 0);
    if (chart.stacked && cols.length > 1 && cols.every((j: number) => columns[j].unit === 'procent')) {
      rows.forEach((r: any[], i: number) => {
        const sum = cols.reduce((n: number, j: number) => n + (typeof r[j] === 'number' ? r[j] : 0), 0);
        if (sum > 100.5)
          err(
            'chart.stacked',
            `gestapelde percentages in rij ${i + 1} ("${r[0]}") tellen op tot ${String(Math.round(sum * 10) / 10).replace('.', ',')}%; stapel alleen kolommen die samen één geheel vormen (zet stacked: false voor jaren naast elkaar)`,
          );
      });
    }
  }
}

/**
 * A cell of a column with links: empty, a placeholder, or web addresses separated by spaces,
 * each absolute http(s) as the source gives it. Returns the reason it is not, or undefined.
 */
export function linkCellProblem(cell: unknown): string | undefined {
  if (cell === null || (typeof cell === 'string' && (cell.trim() === '' || isPlaceholder(cell)))) return undefined;
  if (typeof cell !== 'string') return `verwacht een webadres (tekst die begint met https://), maar hier staat ${String(cell)}`;
  for (const a of splitAddresses(cell)) {
    if (!isWebAddress(a))
      return `"${a.length > 60 ? a.slice(0, 60) + '…' : a}" is geen volledig webadres; schrijf het zoals in de bron, beginnend met https:// of http:// (meerdere adressen gescheiden door een spatie)`;
  }
  return undefined;
}
