/**
 * Monitoring: the pure helpers (overall colour and its cause, changes between periods, KPI
 * series and progress) and the voortgangsrapportages in the model, with broken variants that
 * must name file, line, field and reason.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kpiSeries, overall, progressFraction, statusChanges } from '../../src/core/monitoring.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatErrors } from '../../src/model/errors.ts';
import { parseFuzzyDate } from '../../src/core/dates.ts';

describe('overall colour', () => {
  it('is the worse of voortgang and impact, and names the variable that causes it', () => {
    expect(overall({ voortgang: 'groen', impact: 'groen' })).toEqual({ colour: 'groen', causes: [] });
    expect(overall({ voortgang: 'rood', impact: 'oranje' })).toEqual({ colour: 'rood', causes: ['voortgang'] });
    expect(overall({ voortgang: 'groen', impact: 'oranje' })).toEqual({ colour: 'oranje', causes: ['impact'] });
    expect(overall({ voortgang: 'oranje', impact: 'oranje' })).toEqual({ colour: 'oranje', causes: ['voortgang', 'impact'] });
  });
});

describe('changes between two periods', () => {
  it('marks new, dropped, better, worse, mixed and unchanged actions', () => {
    const prev = [
      { action: 'a', voortgang: 'groen', impact: 'groen' },
      { action: 'b', voortgang: 'oranje', impact: 'groen' },
      { action: 'c', voortgang: 'rood', impact: 'rood' },
      { action: 'd', voortgang: 'groen', impact: 'rood' },
      { action: 'e', voortgang: 'groen', impact: 'groen' },
    ] as const;
    const cur = [
      { action: 'a', voortgang: 'groen', impact: 'groen' },
      { action: 'b', voortgang: 'rood', impact: 'groen' },
      { action: 'c', voortgang: 'oranje', impact: 'rood' },
      { action: 'd', voortgang: 'oranje', impact: 'groen' },
      { action: 'f', voortgang: 'groen', impact: 'oranje' },
    ] as const;
    const kinds = Object.fromEntries(statusChanges([...prev], [...cur]).map((c) => [c.action, c.kind]));
    expect(kinds).toEqual({ a: 'gelijk', b: 'slechter', c: 'beter', d: 'gewijzigd', e: 'vervallen', f: 'nieuw' });
    const b = statusChanges([...prev], [...cur]).find((c) => c.action === 'b')!;
    expect(b.voortgang).toEqual({ from: 'oranje', to: 'rood' });
    expect(b.impact).toEqual({ from: 'groen', to: 'groen' });
  });
});

describe('KPI series', () => {
  const r = (value: number, period: string, report: string) => ({
    value,
    period: { raw: period, start: parseFuzzyDate(period)!.start },
    source: 'x',
    report,
  });
  it('runs from nulmeting through the realisations in period order to the target; a later report wins', () => {
    const rows = kpiSeries(
      { value: 400, period: '2025' },
      [r(410, '2026-Q2', '2026-Q2'), r(180, '2026-Q1', '2026-Q1'), r(190, '2026-Q1', '2026-Q2')],
      { value: 1000, period: '2027' },
    );
    expect(rows.map((x) => [x.kind, x.period, x.value])).toEqual([
      ['nulmeting', '2025', 400],
      ['meting', '2026-Q1', 190],
      ['meting', '2026-Q2', 410],
      ['doel', '2027', 1000],
    ]);
    expect(kpiSeries(undefined, [], undefined)).toEqual([]);
  });
  it('measures progress from nulmeting to target, also when lower is better', () => {
    expect(progressFraction(400, 700, 1000)).toBe(0.5);
    expect(progressFraction(10, 8, 6)).toBe(0.5);
    expect(progressFraction(400, 300, 1000)).toBeCloseTo(-0.167);
    expect(progressFraction(400, undefined, 1000)).toBeNull();
    expect(progressFraction(5, 5, 5)).toBeNull();
  });
});

const fixture = resolve('tests/fixtures/basic');
const work = mkdtempSync(join(tmpdir(), 'mja-monitoring-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let dir = '';
let n = 0;
beforeEach(() => {
  dir = join(work, `c${n++}`);
  cpSync(fixture, dir, { recursive: true });
});
const edit = (file: string, from: string | RegExp, to: string) => {
  const p = join(dir, file);
  const text = readFileSync(p, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit had no effect on ${file}`);
  writeFileSync(p, next);
};
const messages = () => formatErrors(loadContent(dir, { compileMdx: false }).errors);

describe('voortgangsrapportages in the model', () => {
  it('reads one report per period with statuses, realisations, baseline and target', () => {
    const { model, errors } = loadContent(dir, { compileMdx: false });
    expect(errors).toEqual([]);
    expect(model.monitoring.map((m) => m.id)).toEqual(['proefregio/2026-Q1', 'proefregio/2026-Q2']);
    const q2 = model.monitoring[1].data;
    expect(q2.period).toMatchObject({ precision: 'kwartaal', start: '2026-04-01' });
    expect(q2.actions.find((a: any) => a.action === '1.1')).toMatchObject({ voortgang: 'rood', impact: 'oranje' });
    expect(q2.indicators[0]).toMatchObject({ indicator: 'plaatsingen', value: 410 });
    const kpi = model.indicators.find((i) => i.localId === 'plaatsingen')!.data;
    expect(kpi.baseline).toEqual({ value: 400, period: '2025' });
    expect(kpi.target).toMatchObject({ value: 1000, period: '2027' });
  });

  it('an unknown action: file, line, field and the known actions', () => {
    edit('proefregio/monitoring/2026-Q2.yaml', 'action: "3"', 'action: "9"');
    const out = messages();
    expect(out).toMatch(/proefregio\/monitoring\/2026-Q2\.yaml:22\n/);
    expect(out).toContain('veld voortgangsrapportage "2026-Q2" › actions[3].action: onbekende actie "9"; bekend: 1, 1.1, 2, 3');
  });

  it('an unknown indicator', () => {
    edit('proefregio/monitoring/2026-Q1.yaml', 'indicator: deelname-scholing', 'indicator: scholing');
    const out = messages();
    expect(out).toMatch(/proefregio\/monitoring\/2026-Q1\.yaml:26\n/);
    expect(out).toContain(
      '› indicators[1].indicator: onbekende indicator "scholing"; bekend: inwoners, doel, plaatsingen, deelname-scholing',
    );
  });

  it('a colour that does not exist', () => {
    edit('proefregio/monitoring/2026-Q2.yaml', 'voortgang: rood', 'voortgang: geel');
    const out = messages();
    expect(out).toMatch(/proefregio\/monitoring\/2026-Q2\.yaml:14\n/);
    expect(out).toContain(
      'veld voortgangsrapportage "2026-Q2" › actions[1].voortgang: "geel" is geen toegestane waarde; kies uit: groen, oranje, rood',
    );
  });

  it('a missing impact, a misspelt field and a measurement that is not a number', () => {
    edit('proefregio/monitoring/2026-Q1.yaml', /    impact: oranje\n/, '');
    edit('proefregio/monitoring/2026-Q1.yaml', 'reachedNote:', 'bereik:');
    edit('proefregio/monitoring/2026-Q1.yaml', 'value: 180', 'value: "180 mensen"');
    const out = messages();
    expect(out).toContain('actions[2].impact: verplicht veld ontbreekt');
    expect(out).toMatch(/2026-Q1\.yaml:12\n {2}veld voortgangsrapportage "2026-Q1" › actions\[0\]\.bereik: onbekend veld: bereik/);
    expect(out).toContain('indicators[0].value: verwacht een getal, maar hier staat tekst ("180 mensen")');
  });

  it('the same action twice in one report, and a file named after another period', () => {
    edit('proefregio/monitoring/2026-Q2.yaml', 'action: "2"', 'action: "1"');
    expect(messages()).toContain('actions[2].action: actie "1" staat al in deze rapportage (actions[0])');
    edit('proefregio/monitoring/2026-Q1.yaml', 'period: 2026-Q1', 'period: 2026-Q3');
    expect(messages()).toMatch(
      /2026-Q1\.yaml:2\n {2}veld voortgangsrapportage "2026-Q1" › period: de bestandsnaam \(2026-Q1\.yaml\) en period \("2026-Q3"\) verschillen/,
    );
  });

  it('a baseline that is not a number', () => {
    edit('proefregio/indicators.yaml', 'baseline: { value: 400', 'baseline: { value: "vierhonderd"');
    expect(messages()).toContain('indicator "plaatsingen" › baseline.value: verwacht een getal, maar hier staat tekst ("vierhonderd")');
  });
});
