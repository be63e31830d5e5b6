/**
 * Broken content must stop the build with a message that names file, field and reason,
 * without a stack trace, and must leave the previous dist/ in place.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadContent } from '../../src/model/load.ts';
import { formatErrors } from '../../src/model/errors.ts';

const fixture = resolve('tests/fixtures/basic');
const work = mkdtempSync(join(tmpdir(), 'mja-bad-'));
let dir = '';
let n = 0;

beforeEach(() => {
  dir = join(work, `c${n++}`);
  cpSync(fixture, dir, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const edit = (file: string, from: string | RegExp, to: string) => {
  const p = join(dir, file);
  const text = readFileSync(p, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit had no effect on ${file}`);
  writeFileSync(p, next);
};
const messages = () => formatErrors(loadContent(dir).errors);

describe('the fixture itself', () => {
  it('is valid', () => {
    expect(loadContent(fixture).errors).toEqual([]);
  });
});

describe('bad input gets a clear message', () => {
  it('unknown theme id in an action', () => {
    edit('proefregio/actions.yaml', 'themes: [werk]', 'themes: [wonen]');
    const out = messages();
    expect(out).toMatch(/proefregio\/actions\.yaml:4\n/); // the line of the field itself
    expect(out).toContain('veld actie "1" › themes[0]: onbekend thema "wonen"; bekend: werk, scholing');
  });

  it('a KPI value that is neither a number nor a placeholder', () => {
    edit('proefregio/indicators.yaml', 'value: 248000', 'value: "248.000 inwoners"');
    const out = messages();
    expect(out).toMatch(/proefregio\/indicators\.yaml:1\n/);
    expect(out).toContain('indicator "inwoners" › value: "248.000 inwoners" is geen getal en geen toegestane placeholder ([x], PM');
  });

  it('a table cell that is neither a number nor a placeholder', () => {
    edit('proefregio/tables/werkzoekenden.yaml', '[Laag, 5000]', '[Laag, "5.000"]');
    expect(messages()).toContain(
      'tabel "werkzoekenden" › rows[0][1] (kolom "aantal"): "5.000" is geen getal en geen toegestane placeholder',
    );
  });

  it('a table row with too few cells', () => {
    edit('proefregio/tables/werkzoekenden.yaml', '[Middelbaar, 4000]', '[Middelbaar]');
    expect(messages()).toContain('rows[1]: de rij heeft 1 cellen, de tabel 2 kolommen (niveau, aantal)');
  });

  it('a missing required field', () => {
    edit('proefregio/documents/agenda.yaml', /^title: .*\n/m, '');
    const out = messages();
    expect(out).toContain('proefregio/documents/agenda.yaml');
    expect(out).toContain('veld document "agenda" › title: verplicht veld ontbreekt');
  });

  it('a duplicated chapter number', () => {
    edit('proefregio/documents/agenda/02-doelen.mdx', 'number: "2"', 'number: "1"');
    const out = messages();
    expect(out).toContain('proefregio/documents/agenda/02-doelen.mdx');
    expect(out).toContain('hoofdstuknummer "1" komt al voor in');
    expect(out).toContain('01-inleiding.mdx');
  });

  it('an invalid date', () => {
    edit('proefregio/meetings.yaml', '"2026-05-07"', '"2026-02-30"');
    const out = messages();
    expect(out).toMatch(/proefregio\/meetings\.yaml:3\n/);
    expect(out).toContain('vergadering "beraad-2026-05-07" › date: ongeldige datum "2026-02-30"');
  });

  it('broken YAML', () => {
    edit('proefregio/bodies.yaml', 'aliases: [RB]', 'aliases: [RB');
    const out = messages();
    expect(out).toMatch(/proefregio\/bodies\.yaml:\d+\n  ongeldige YAML/);
  });

  it('a document of one region pointing at a body of another', () => {
    const other = join(dir, 'buurregio');
    mkdirSync(other);
    writeFileSync(join(other, 'region.yaml'), readFileSync(join(dir, 'proefregio/region.yaml'), 'utf8').replace('Proefregio', 'Buurregio'));
    writeFileSync(join(other, 'bodies.yaml'), '- { id: buurberaad, name: Beraad van de buren, level: bestuurlijk, summary: Buren. }\n');
    edit('proefregio/documents/agenda.yaml', '{ body: beraad,', '{ body: buurregio/buurberaad,');
    expect(messages()).toContain(
      'document "agenda" › decisions[0].body: verwijst naar overleg "buurregio/buurberaad" van regio "buurregio"; een document van regio "proefregio" kan alleen naar een overleg van de eigen regio verwijzen',
    );
  });

  it('a reference to a document that does not exist', () => {
    edit('proefregio/tables/werkzoekenden.yaml', 'document: agenda', 'document: agenda-2031');
    expect(messages()).toContain('tabel "werkzoekenden" › document: onbekend document "agenda-2031"; bekend: agenda');
  });

  it('a value outside the allowed list', () => {
    edit('proefregio/documents/agenda.yaml', 'status: concept', 'status: definitief');
    expect(messages()).toContain('status: "definitief" is geen toegestane waarde; kies uit: concept, aanzet, voorstel');
  });

  it('a misspelt field name', () => {
    edit('proefregio/bodies.yaml', 'summary:', 'samenvatting:');
    const out = messages();
    expect(out).toContain('overleg "beraad" › samenvatting: onbekend veld: samenvatting');
    expect(out).toContain('overleg "beraad" › summary: verplicht veld ontbreekt');
  });

  it('MDX that cannot be compiled', () => {
    edit('proefregio/documents/agenda/02-doelen.mdx', 'Meer mensen aan het werk.', 'Meer dan {10 procent.');
    const out = messages();
    expect(out).toMatch(/02-doelen\.mdx:\d+\n  de tekst kan niet als MDX worden gelezen/);
  });

  it('a letter to a gemeente that is not in the region', () => {
    edit(
      'proefregio/documents/agenda.yaml',
      'type: beleidsagenda',
      'type: raadsinformatiebrief\nletter: { onderwerp: Agenda, recipients: [hoofdstad, stad] }',
    );
    expect(messages()).toContain('letter.recipients[1]: onbekende gemeente "stad"; gemeenten van deze regio: hoofdstad, dorp');
  });

  it('form fields of a collegeadvies out of order, unknown or misspelt', () => {
    edit(
      'proefregio/documents/agenda.yaml',
      'type: beleidsagenda',
      'type: collegeadvies\nform:\n  - { label: Onderwerp, value: Agenda }\n  - { label: Advies, value: [ "1. Vaststellen." ] }\n  - { label: Openbaarheid, value: Ja }\n  - { label: Portefeuille, value: Werk }\n  - { label: naam steller, value: Beleid }',
    );
    const out = messages();
    expect(out).toContain(
      'veld document "agenda" › form[2].label: "Openbaarheid" staat op het formulier vóór "Advies"; de velden zijn, in deze volgorde: Gemeente, Datum, Zaaknummer, Onderwerp, Naam steller,',
    );
    expect(out).toContain('form[3].label: onbekend veld "Portefeuille" op een advies aan burgemeester en wethouders');
    expect(out).toContain('form[4].label: "naam steller" heet op het formulier "Naam steller"');
  });

  it('a duplicated id in a list', () => {
    edit('proefregio/actions.yaml', 'id: "1.1"', 'id: "1"');
    expect(messages()).toContain('actie "1" staat dubbel in dit bestand (ook op regel 1)');
  });
});

/** A national document with its own table: content/landelijk/documents/brief.yaml, tables/financiering.yaml. */
function addNational(table: string) {
  mkdirSync(join(dir, 'landelijk/documents/brief'), { recursive: true });
  mkdirSync(join(dir, 'landelijk/tables'), { recursive: true });
  writeFileSync(
    join(dir, 'landelijk/documents/brief.yaml'),
    'title: Landelijke brief\ntype: kamerbrief\nstatus: verzonden\ndate: "2024-04-29"\nsummary: Een brief van het Rijk.\n',
  );
  writeFileSync(join(dir, 'landelijk/documents/brief/01-geld.mdx'), '---\nnumber: "1"\ntitle: Geld\n---\n\nHet geld per jaar.\n');
  writeFileSync(join(dir, 'landelijk/tables/financiering.yaml'), table);
}
const NATIONAL_TABLE = [
  'title: Financiering',
  'source: Kamerbrief',
  'period: "2025"',
  'geography: NL',
  'document: brief',
  'chapter: 01-geld',
  'columns:',
  '  - { id: soort, label: Soort, unit: tekst }',
  '  - { id: bedrag, label: Bedrag, unit: miljoen-euro }',
  '  - { id: adres, label: Webadres, unit: tekst, links: true }',
  'rows:',
  '  - [Structureel, 23.5, "https://www.rijksoverheid.nl/a https://open.overheid.nl/b"]',
  '  - [Tijdelijk, 63.0, null]',
  '',
].join('\n');

describe('national tables in content/landelijk/tables/', () => {
  it('load as tables of the national document, not of a region', () => {
    addNational(NATIONAL_TABLE);
    const { model, errors } = loadContent(dir);
    expect(errors).toEqual([]);
    const t = model.tables.find((x) => x.localId === 'financiering')!;
    expect(t.id).toBe('landelijk/financiering');
    expect(t.region).toBe('landelijk');
  });

  it('a cell that is not a number, with file, field and reason', () => {
    addNational(NATIONAL_TABLE.replace('23.5,', '"23,5",'));
    const out = messages();
    expect(out).toMatch(/landelijk\/tables\/financiering\.yaml:12\n/);
    expect(out).toContain('tabel "financiering" › rows[0][1] (kolom "bedrag"): "23,5" is geen getal en geen toegestane placeholder');
  });

  it('a web address that is not whole', () => {
    addNational(NATIONAL_TABLE.replace('https://open.overheid.nl/b', 'Sectorale Maatwerkregeling | Rijksoverheid.nl'));
    const out = messages();
    expect(out).toContain('landelijk/tables/financiering.yaml');
    expect(out).toContain(
      'tabel "financiering" › rows[0][2] (kolom "adres"): "Sectorale" is geen volledig webadres; schrijf het zoals in de bron, beginnend met https://',
    );
  });

  it('a link column that is not text', () => {
    addNational(
      NATIONAL_TABLE.replace(
        '{ id: adres, label: Webadres, unit: tekst, links: true }',
        '{ id: adres, label: Webadres, unit: aantal, links: true }',
      ),
    );
    expect(messages()).toContain(
      'tabel "financiering" › columns[2].links: een kolom met webadressen (links: true) heeft unit: tekst, niet "aantal"',
    );
  });

  it('a chapter the national document does not have', () => {
    addNational(NATIONAL_TABLE.replace('chapter: 01-geld', 'chapter: 02-bijlage'));
    expect(messages()).toContain(
      'tabel "financiering" › chapter: onbekend hoofdstuk "02-bijlage" in document "brief"; hoofdstukken (bestandsnaam zonder .mdx): 01-geld',
    );
  });

  it('an unknown field', () => {
    addNational(NATIONAL_TABLE.replace('geography: NL', 'geography: NL\nregio: landelijk'));
    expect(messages()).toContain('tabel "financiering" › regio: onbekend veld: regio');
  });

  it('tables as a file, and an unknown entry, in content/landelijk/', () => {
    addNational(NATIONAL_TABLE);
    rmSync(join(dir, 'landelijk/tables'), { recursive: true });
    writeFileSync(join(dir, 'landelijk/tables'), 'x');
    writeFileSync(join(dir, 'landelijk/indicators.yaml'), '[]\n');
    const out = messages();
    expect(out).toContain('landelijk/tables\n  is een bestand, maar hier hoort een map met tabellen (tables/<id>.yaml)');
    expect(out).toContain(
      'landelijk/indicators.yaml\n  onbekend bestand of onbekende map in content/landelijk/; verwacht: documents/, tables/ en glossary.yaml',
    );
  });
});

describe('the build command with bad input', () => {
  it('fails without a stack trace and keeps the previous site', () => {
    edit('proefregio/actions.yaml', 'themes: [werk]', 'themes: [wonen]');
    const dist = join(work, 'dist-previous');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'vorige versie');
    const r = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, MJA_CONTENT: dir, MJA_DIST: dist },
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('onbekend thema "wonen"');
    expect(r.stderr).toContain('de vorige versie van de site blijft staan');
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack frames
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('vorige versie');
    expect(existsSync(join(dist, 'proefregio'))).toBe(false);
  });
});
