/**
 * Letters per gemeente (src/core/letters.ts), logos (src/core/logo.ts and the loader), the sRGB
 * profile and the XMP packet of the PDFs: pure helpers and the model on the letters fixture
 * (tests/fixtures/basic with tests/fixtures/letters on top).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../src/core/dates.ts';
import { fileSafe, isConceptLetter, letterFileName, letterFor } from '../../src/core/letters.ts';
import { checkLogo } from '../../src/core/logo.ts';
import { srgbIccProfile, srgbToLinear } from '../../src/core/icc.ts';
import { xmpPacket } from '../../src/integration/pdf-artifacts.ts';
import { loadContent } from '../../src/model/load.ts';
import { FORM_TEMPLATES, formRows, isUnfilled } from '../../src/core/forms.ts';

const tmp = mkdtempSync(join(tmpdir(), 'mja-letters-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function fixture(name: string) {
  const dir = join(tmp, name);
  cpSync('tests/fixtures/basic', dir, { recursive: true });
  cpSync('tests/fixtures/letters', dir, { recursive: true });
  rmSync(join(dir, 'README.md'));
  return dir;
}

describe('letter per gemeente', () => {
  const d = (s: string) => parseFuzzyDate(s)!;
  const doc = {
    status: 'ter-besluitvorming',
    date: d('2026-04-01'),
    letter: {
      kenmerk: 'RIB-1',
      gemeenten: {
        a: { datum: d('2026-04-14'), kenmerk: 'Z/26/1', ondertekening: [{ role: 'griffier', name: 'X' }], lokaleAlinea: 'Eigen.' },
      },
    },
  };
  const sign = [{ role: 'burgemeester' }];
  it('takes the gemeente its own values and the shared letter for the rest', () => {
    const a = letterFor(doc, { id: 'a', signatories: sign });
    expect([a.datum?.start, a.kenmerk, a.signatories, a.lokaleAlinea]).toEqual([
      '2026-04-14',
      'Z/26/1',
      [{ role: 'griffier', name: 'X' }],
      'Eigen.',
    ]);
    const b = letterFor(doc, { id: 'b', signatories: sign });
    expect([b.datum?.start, b.kenmerk, b.signatories, b.lokaleAlinea]).toEqual(['2026-04-01', 'RIB-1', sign, undefined]);
  });
  it('is a concept only when it says so, or when the status is concept; ter-besluitvorming is final', () => {
    expect(isConceptLetter({}, 'ter-besluitvorming')).toBe(false);
    expect(isConceptLetter({}, 'concept')).toBe(true);
    expect(isConceptLetter({ concept: true }, 'vastgesteld')).toBe(true);
    expect(isConceptLetter({ concept: false }, 'concept')).toBe(false);
  });
  it('names files for a records system: ASCII, no spaces, gemeente, date and kenmerk', () => {
    expect(letterFileName('Peel en Maas', { datum: d('2026-04-14'), kenmerk: 'Z/26 000123' }, 'pdf')).toBe(
      'Raadsinformatiebrief_Peel-en-Maas_2026-04-14_Z-26-000123.pdf',
    );
    expect(letterFileName('Súdwest-Fryslân', {}, 'docx')).toBe('Raadsinformatiebrief_Sudwest-Fryslan.docx');
    expect(letterFileName('Venlo', { datum: d('2025-W12') }, 'pdf')).toBe('Raadsinformatiebrief_Venlo_2025-W12.pdf');
    expect(fileSafe("'s-Hertogenbosch")).toBe('s-Hertogenbosch');
  });
});

describe('logos', () => {
  const svg = (s: string) => checkLogo('x.svg', new TextEncoder().encode(s));
  it('accepts a plain SVG and a PNG as data: addresses', () => {
    const ok = svg('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>');
    expect('dataUri' in ok && ok.dataUri).toMatch(/^data:image\/svg\+xml;base64,/);
  });
  it.each([
    ['<svg><script>alert(1)</script></svg>', 'script'],
    ['<svg onload="alert(1)"></svg>', 'gebeurtenis'],
    ['<svg><image href="https://example.org/x.png"/></svg>', 'ander bestand'],
    ['<!DOCTYPE svg [<!ENTITY a "b">]><svg></svg>', 'DOCTYPE'],
    ['<html><svg></svg></html>', 'geen SVG'],
    ['<svg><foreignObject><p>x</p></foreignObject></svg>', 'foreignObject'],
    ['<svg><rect style="fill:url(https://x.org/a)"/></svg>', 'url('],
  ])('refuses %s with a Dutch reason', (text, reason) => {
    const r = svg(text);
    expect('problem' in r && r.problem).toContain(reason);
  });
  it('refuses a file that only calls itself PNG, and one that is too large', () => {
    expect(checkLogo('x.png', new TextEncoder().encode('<svg></svg>'))).toEqual({ problem: expect.stringContaining('geen PNG') });
    expect(checkLogo('x.svg', new Uint8Array(200_000).fill(32))).toEqual({ problem: expect.stringContaining('te groot') });
  });

  it('the fixture loads without errors and keeps each logo with its region', () => {
    const { model, errors } = loadContent(fixture('ok'), { compileMdx: false });
    expect(errors).toEqual([]);
    expect(Object.keys(model.regions[0].logos!)).toEqual(['dorp.png', 'hoofdstad.svg']);
  });

  it('names file, field and reason for a bad logo, a missing one, a symlink and an unknown gemeente in a letter', () => {
    const dir = fixture('bad');
    writeFileSync(join(dir, 'proefregio/logos/hoofdstad.svg'), '<svg><script>x</script></svg>');
    symlinkSync('/etc/passwd', join(dir, 'proefregio/logos/link.svg'));
    writeFileSync(join(dir, 'proefregio/logos/notes.txt'), 'x');
    const yaml = join(dir, 'proefregio/documents/brief.yaml');
    const text = readFileSync(yaml, 'utf8');
    writeFileSync(yaml, text.replace('    dorp:\n', '    stad:\n      kenmerk: "X"\n    dorp:\n'));
    const { errors } = loadContent(dir, { compileMdx: false });
    const msgs = errors.map((e) => `${e.file} | ${e.field ?? ''} | ${e.message}`);
    expect(msgs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/logos\/hoofdstad\.svg \|  \| SVG met een script/),
        expect.stringMatching(/logos\/link\.svg \|  \| .*symbolische koppeling/),
        expect.stringMatching(/logos\/notes\.txt \|  \| onbekend bestand: een logo/),
        expect.stringMatching(/region\.yaml \| .*municipalities\[0\]\.logo \| logo "hoofdstad\.svg" staat niet in proefregio\/logos\//),
        expect.stringMatching(/brief\.yaml \| .*letter\.gemeenten\.stad \| onbekende gemeente "stad"/),
      ]),
    );
  });
});

describe('PDF/A parts', () => {
  it('the sRGB profile is a well-formed ICC v2 display profile with the sRGB curve', () => {
    const p = srgbIccProfile();
    const v = new DataView(p.buffer);
    expect(v.getUint32(0)).toBe(p.length);
    expect(String.fromCharCode(...p.slice(36, 40))).toBe('acsp');
    expect(String.fromCharCode(...p.slice(12, 24))).toBe('mntrRGB XYZ ');
    const tags = v.getUint32(128);
    const sigs = Array.from({ length: tags }, (_, i) => String.fromCharCode(...p.slice(132 + i * 12, 136 + i * 12)));
    expect(sigs.sort()).toEqual(['bTRC', 'bXYZ', 'cprt', 'desc', 'gTRC', 'gXYZ', 'rTRC', 'rXYZ', 'wtpt']);
    for (let i = 0; i < tags; i++) expect(v.getUint32(136 + i * 12) % 4).toBe(0); // tag data 4-byte aligned
    expect(srgbToLinear(0.5)).toBeCloseTo(0.214, 3);
    expect(srgbIccProfile()).toEqual(p); // the same bytes every time
  });
  it('the XMP packet identifies PDF/A-2a and PDF/UA-1 and escapes the title', () => {
    const x = xmpPacket({ title: 'A & B <c>', lang: 'nl', date: new Date(0), producer: 'p' });
    expect(x).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(x).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(x).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(x).toContain('<rdf:li xml:lang="x-default">A &amp; B &lt;c&gt;</rdf:li>');
    expect(x).toContain('<xmp:CreateDate>1970-01-01T00:00:00Z</xmp:CreateDate>');
  });
});

describe('collegeadvies form', () => {
  it('starts with gemeente, datum and zaaknummer, takes date and reference from the document, and prints notes as not filled in', () => {
    const rows = formRows(
      'collegeadvies',
      [
        { label: 'Onderwerp', value: 'Iets' },
        { label: 'Openbaarheid', value: '(geen waarde in de bron)' },
        { label: 'Ter kennisname aanbieden aan Raad', value: 'niet vermeld' },
        { label: 'Bijlagen', value: ['1. Een rapport'] },
      ],
      { Datum: '14 april 2026', Zaaknummer: 'Z/26/1' },
    );
    expect(rows.slice(0, 4).map((r) => [r.label, r.value])).toEqual([
      ['Gemeente', undefined],
      ['Datum', '14 april 2026'],
      ['Zaaknummer', 'Z/26/1'],
      ['Onderwerp', 'Iets'],
    ]);
    expect(rows.find((r) => r.label === 'Openbaarheid')!.value).toBeUndefined();
    expect(rows.find((r) => r.label === 'Ter kennisname aanbieden aan Raad')!.value).toBeUndefined();
    expect(rows.find((r) => r.label === 'Bijlagen')!.value).toEqual(['1. Een rapport']);
    expect(isUnfilled('Niet van toepassing.')).toBe(false);
    expect(FORM_TEMPLATES.collegeadvies.decision!.options).toContain('Conform advies');
  });
});
