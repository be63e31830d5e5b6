/** What residents and council members meet: chart labels, the contact setting, stacked percentages, theme and body order. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/core/chart-labels.ts';
import { readSettings } from '../../src/settings.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatErrors } from '../../src/model/errors.ts';
import { bodyRank } from '../../src/model/order.ts';

describe('chart labels wrap instead of being cut off', () => {
  it('breaks at spaces and after a hyphen, never longer than the limit unless one word is', () => {
    expect(wrapLabel('Specialistische zakelijke dienstverlening', 15)).toEqual(['Specialistische', 'zakelijke', 'dienstverlening']);
    expect(wrapLabel('Noordoost-Brabant', 12)).toEqual(['Noordoost-', 'Brabant']);
    expect(wrapLabel('ICT', 15)).toEqual(['ICT']);
    for (const l of wrapLabel('Ver buiten de directe omgeving (vooral Randstad en regio Eindhoven)', 15))
      expect(l.length).toBeLessThanOrEqual(15);
  });
  it('keeps a free-standing dash and a word that ends in a hyphen as they are', () => {
    expect(wrapLabel('27 - 50 jaar', 5)).toEqual(['27 -', '50', 'jaar']);
    expect(wrapLabel('onderwijs- en arbeidsmarkt', 12)).toEqual(['onderwijs-', 'en', 'arbeidsmarkt']);
    expect(wrapLabel('27-50 jaar', 40)).toEqual(['27-50 jaar']);
  });
});

describe('contact setting (footer and accessibility statement)', () => {
  it('is absent unless an address or page is set; a name alone is not a contact route', () => {
    expect(readSettings({}).contact).toBeUndefined();
    expect(readSettings({ MJA_CONTACT_NAME: 'Gemeente Tiel' }).contact).toBeUndefined();
  });
  it('carries the e-mail address, page and name', () => {
    expect(readSettings({ MJA_CONTACT_EMAIL: 'info@tiel.nl', MJA_CONTACT_NAME: 'Gemeente Tiel' }).contact).toEqual({
      email: 'info@tiel.nl',
      url: undefined,
      name: 'Gemeente Tiel',
    });
    expect(readSettings({ MJA_CONTACT_URL: 'https://www.tiel.nl/contact' }).contact?.url).toBe('https://www.tiel.nl/contact');
  });
  it('refuses a malformed address with a Dutch message naming the setting', () => {
    expect(() => readSettings({ MJA_CONTACT_EMAIL: 'info-at-tiel' })).toThrow(/MJA_CONTACT_EMAIL moet een e-mailadres zijn/);
    expect(() => readSettings({ MJA_CONTACT_URL: 'javascript:alert(1)' })).toThrow(/MJA_CONTACT_URL moet een volledig webadres zijn/);
  });
});

describe('a stacked chart of percentages must be parts of one whole', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'mja-in-use-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const table = (stacked: boolean, a: number, b: number) => `number: Tabel 9
title: Financieringsmix
source: UWV
period: 2026-2027
geography: regio
columns:
  - { id: bron, label: Bron, unit: tekst }
  - { id: j2026, label: "2026", unit: procent }
  - { id: j2027, label: "2027", unit: procent }
rows:
  - [Impulsbudget, ${a}, ${b}]
chart: { type: bar, series: [j2026, j2027], stacked: ${stacked} }
`;
  const load = (name: string, text: string) => {
    const dir = join(tmp, name);
    cpSync('tests/fixtures/basic', dir, { recursive: true });
    writeFileSync(join(dir, 'proefregio/tables/mix.yaml'), text);
    return loadContent(dir).errors;
  };
  it('fails with file, field and the sum when two years are stacked to more than 100%', () => {
    const errors = load('bad', table(true, 71, 66));
    expect(errors).toHaveLength(1);
    const text = formatErrors(errors);
    expect(text).toContain('mix.yaml');
    expect(text).toContain('chart.stacked');
    expect(text).toContain('137%');
  });
  it('accepts the same columns side by side, or stacked parts that stay within 100%', () => {
    expect(load('side', table(false, 71, 66))).toEqual([]);
    expect(load('parts', table(true, 40, 60))).toEqual([]);
  });
});

describe('organisatie: who decides first', () => {
  it('ranks bestuurlijk before ambtelijk and uitvoerend, and stopped bodies last', () => {
    const ranks = [
      { level: 'uitvoerend', status: 'actief' },
      { level: 'bestuurlijk', status: 'gestopt' },
      { level: 'ambtelijk', status: 'actief' },
      { level: 'bestuurlijk', status: 'gepland' },
    ].sort((a, b) => bodyRank(a) - bodyRank(b));
    expect(ranks.map((r) => `${r.level}/${r.status}`)).toEqual([
      'bestuurlijk/gepland',
      'ambtelijk/actief',
      'uitvoerend/actief',
      'bestuurlijk/gestopt',
    ]);
  });
});
