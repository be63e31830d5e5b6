/**
 * The raadsinformatiebrief per gemeente on the fixture (tests/fixtures/basic with
 * tests/fixtures/letters on top): each letter carries its gemeente's own date, kenmerk,
 * signatories and local paragraph, its logo and address block; a final letter has no watermark;
 * the merged PDF, the zip with records-system names and the DOCX files are there and hold the
 * letters' text; every PDF is identified as PDF/A-2a and PDF/UA-1 and passes the structure checks.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { checkPdfUa } from '../support/pdf-ua.ts';

const work = mkdtempSync(join(tmpdir(), 'mja-letters-build-'));
const content = join(work, 'content');
const out = join(work, 'out');
const SITE = 'https://voorbeeld.nl/';
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  cpSync('tests/fixtures/basic', content, { recursive: true });
  cpSync('tests/fixtures/letters', content, { recursive: true });
  rmSync(join(content, 'README.md'));
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: {
      ...process.env,
      MJA_CONTENT: content,
      MJA_DIST: out,
      MJA_SITE: 'https://voorbeeld.nl',
      MJA_PDF_CACHE: join(work, 'cache'),
      MJA_SKIP: 'search',
      SOURCE_DATE_EPOCH: '1767225600',
    },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr + r.stdout).toBe(0);
}, 300_000);

/** The text of a PDF in the order of its content (pdf.js), whitespace made single. */
async function pdfText(file: string) {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(out, file))), isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const t = await (await pdf.getPage(i)).getTextContent();
    parts.push((t.items as { str: string }[]).map((x) => x.str).join(' '));
  }
  await pdf.destroy();
  return parts.join(' ').replace(/\s+/g, ' ');
}
const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const letterPdf = (g: string) => `pdf/proefregio-brief-${g}.pdf`;

it('each letter carries its own date, kenmerk, signatories and local paragraph; the shared values elsewhere', async () => {
  const hoofdstad = await pdfText(letterPdf('hoofdstad'));
  const dorp = await pdfText(letterPdf('dorp'));
  expect(hoofdstad).toContain('14 april 2026');
  expect(hoofdstad).toContain('Z/26/000123');
  expect(hoofdstad).toContain('wethouder D. de Doener');
  expect(hoofdstad).toContain('In Hoofdstad bespreekt de commissie Werk deze brief op 21 april.');
  expect(hoofdstad).not.toContain('DORP-2026/77');
  expect(hoofdstad).not.toContain('RIB-2026-001');
  expect(dorp).toContain('16 april 2026');
  expect(dorp).toContain('DORP-2026/77');
  expect(dorp).not.toContain('In Hoofdstad bespreekt');
  expect(dorp).not.toContain('Z/26/000123');
  // the shared contact person in both
  for (const t of [hoofdstad, dorp]) expect(t).toContain('C. Contact');
  // each role with its name, in reading order
  // (compared without spaces: pdf.js splits ligatures, "Gri ffi er")
  expect(hoofdstad.replace(/ /g, '')).toContain('BurgemeesterA.AndersSecretarisB.Bakker');
  expect(dorp.replace(/ /g, '')).toContain('BurgemeesterE.EerstGriffierF.Fictief');
  // the running header of later pages names the kenmerk of this gemeente
  expect(html('proefregio/documenten/brief/brief/hoofdstad/')).toContain('"Z/26/000123"');
});

it('a final letter (ter-besluitvorming) has no watermark; a concept edition has one that is no text', async () => {
  for (const g of ['hoofdstad', 'dorp']) {
    const page = html(`proefregio/documenten/brief/brief/${g}/`);
    expect(page).not.toContain('class="watermark"');
    expect(page).toContain('data-concept="false"');
    expect(await pdfText(letterPdf(g))).not.toMatch(/CONCEPT|C\s?O\s?N\s?C\s?E\s?P\s?T|T P E C N O C/);
  }
  // the fixture's agenda is a concept: its edition has the watermark, drawn, not as letters in the text
  expect(html('proefregio/documenten/agenda/print/')).toContain('class="watermark" aria-hidden="true"');
  expect(await pdfText('pdf/proefregio-agenda.pdf')).not.toMatch(/CONCEPT|T P E C N O C/);
});

it('the letterhead has the gemeente logo (SVG and PNG as images) and the address block', () => {
  const h = html('proefregio/documenten/brief/brief/hoofdstad/');
  expect(h).toMatch(/<img class="letter-logo" src="data:image\/svg\+xml;base64,[^"]+" alt="Logo van de gemeente Hoofdstad"/);
  expect(h).toMatch(/<address class="letter-address"[^>]*>.*Aan de gemeenteraad van Hoofdstad.*Postbus 1.*1000 AA Hoofdstad/s);
  const d = html('proefregio/documenten/brief/brief/dorp/');
  expect(d).toMatch(/<img class="letter-logo" src="data:image\/png;base64,/);
  expect(d).not.toContain('<address'); // no address: no address block
});

it('the address block stands in the window of a window envelope (from 22 mm left, 50 mm top; 85 × 40 mm)', async () => {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(out, letterPdf('hoofdstad')))), isEvalSupported: false }).promise;
  const page = await pdf.getPage(1);
  const height = page.view[3];
  const mm = 72 / 25.4;
  const items = (await page.getTextContent()).items as { str: string; transform: number[] }[];
  for (const line of ['Aan de gemeenteraad van Hoofdstad', 'Postbus 1', '1000 AA Hoofdstad']) {
    const it = items.find((x) => x.str.includes(line) && (height - x.transform[5]) / mm > 40);
    expect(it, line).toBeDefined();
    const left = it!.transform[4] / mm;
    const top = (height - it!.transform[5]) / mm;
    expect(left, `${line}: left`).toBeGreaterThanOrEqual(22);
    expect(left, `${line}: left`).toBeLessThan(22 + 85);
    expect(top, `${line}: top`).toBeGreaterThan(50);
    expect(top, `${line}: top`).toBeLessThan(90);
  }
  await pdf.destroy();
});

it('one merged PDF and one zip with records-system names; each DOCX holds its letter', async () => {
  const manifest = JSON.parse(readFileSync(join(out, 'pdf/manifest.json'), 'utf8'))['proefregio/brief'];
  expect(manifest.allLetters.pages).toBe(manifest.letters.reduce((n: number, l: { pages: number }) => n + l.pages, 0));
  const merged = await pdfText(manifest.allLetters.file);
  for (const k of ['Z/26/000123', 'DORP-2026/77', 'Gemeente Hoofdstad', 'Gemeente Dorp']) expect(merged).toContain(k);
  const zip = unzipSync(new Uint8Array(readFileSync(join(out, manifest.allLetters.zip))));
  expect(Object.keys(zip).sort()).toEqual([
    'Raadsinformatiebrief_Dorp_2026-04-16_DORP-2026-77.docx',
    'Raadsinformatiebrief_Dorp_2026-04-16_DORP-2026-77.pdf',
    'Raadsinformatiebrief_Hoofdstad_2026-04-14_Z-26-000123.docx',
    'Raadsinformatiebrief_Hoofdstad_2026-04-14_Z-26-000123.pdf',
    'Raadsinformatiebrieven_Proefregio_alle-gemeenten.pdf',
  ]);
  expect(Buffer.from(zip['Raadsinformatiebrief_Dorp_2026-04-16_DORP-2026-77.pdf']).equals(readFileSync(join(out, letterPdf('dorp'))))).toBe(
    true,
  );
  const docx = unzipSync(zip['Raadsinformatiebrief_Hoofdstad_2026-04-14_Z-26-000123.docx']);
  const body = strFromU8(docx['word/document.xml']);
  const words = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  for (const t of [
    'Gemeente Hoofdstad',
    'Kenmerk: Z/26/000123',
    'Met deze proefbrief informeren wij u over de stand van de proefagenda.',
    'In Hoofdstad bespreekt de commissie Werk',
    'De regio werkt aan de agenda.',
    'A. Anders',
  ])
    expect(words).toContain(t);
  expect(strFromU8(docx['word/styles.xml'])).toContain('<w:lang w:val="nl-NL"');
  expect(strFromU8(docx['docProps/core.xml'])).toContain(
    '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>',
  );
  // the document page links the downloads under their records-system names
  const page = html('proefregio/documenten/brief/');
  expect(page).toContain('download="Raadsinformatiebrief_Hoofdstad_2026-04-14_Z-26-000123.pdf"');
  expect(page).toMatch(
    /href="\/pdf\/proefregio-brief-brieven\.zip" download>Alle brieven als zip \(PDF en Word\)<span data-pdf-info="proefregio\/brief#zip"> \(\d[^)]*B\)/,
  );
});

it('every PDF of the fixture: PDF/A-2a and PDF/UA-1 in the XMP, and the structure checks pass', async () => {
  const manifest = JSON.parse(readFileSync(join(out, 'pdf/manifest.json'), 'utf8'));
  const files: string[] = Object.values(manifest).flatMap((e: any) => [
    e.file,
    ...(e.letters ?? []).map((l: any) => l.file),
    ...(e.allLetters ? [e.allLetters.file] : []),
  ]);
  expect(files.length).toBeGreaterThanOrEqual(5);
  for (const f of files) {
    const r = await checkPdfUa(new Uint8Array(readFileSync(join(out, f))), { dist: out, site: SITE });
    expect(r.problems, f).toEqual([]);
  }
});

it('the structure checks find what is broken: no XMP, no output intent, a figure without Alt, a header cell without Scope, a dead link', async () => {
  const { PDFDocument, PDFName, PDFDict, PDFString } = await import('pdf-lib');
  const doc = await PDFDocument.load(readFileSync(join(out, 'pdf/proefregio-agenda.pdf')), { updateMetadata: false });
  doc.catalog.delete(PDFName.of('Metadata'));
  doc.catalog.delete(PDFName.of('OutputIntents'));
  let figure = false;
  let th = false;
  let link = false;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const s = obj.get(PDFName.of('S'))?.toString();
    if (s === '/Figure' && obj.has(PDFName.of('Alt')) && !figure) {
      obj.delete(PDFName.of('Alt'));
      figure = true;
    }
    if (s === '/TH' && !th) {
      obj.set(PDFName.of('A'), doc.context.obj([]));
      th = true;
    }
    if (obj.get(PDFName.of('Subtype'))?.toString() === '/Link' && obj.get(PDFName.of('Dest')) && !link) {
      obj.set(PDFName.of('Dest'), PDFString.of('nergens'));
      link = true;
    }
  }
  expect([figure, th, link]).toEqual([true, true, true]);
  const r = await checkPdfUa(new Uint8Array(await doc.save()), { dist: out, site: SITE });
  expect(r.problems).toEqual(
    expect.arrayContaining([
      'geen XMP-metadatastroom',
      'geen output intent (GTS_PDFA1) met ICC-profiel',
      expect.stringMatching(/figuur zonder Alt$/),
      expect.stringMatching(/kopcel \(TH\) zonder Scope$/),
      expect.stringMatching(/link naar onbekende bestemming "nergens"$/),
    ]),
  );
});
