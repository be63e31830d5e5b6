/**
 * npm run schemas: writes the JSON Schemas (schemas/json/), the field reference of the writers'
 * guide (docs/VELDEN.md) and the VS Code settings (.vscode/) from the zod schemas in src/schemas.
 * Run it after changing a schema and commit the result.
 *
 * npm run schemas -- --check: changes nothing; fails when a committed file differs from what the
 * schemas give (the test suite runs the same comparison).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generatedFiles, SCHEMA_DIR } from '../src/writers/files.ts';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const files = generatedFiles();
const stale: string[] = [];
for (const [rel, text] of Object.entries(files)) {
  const p = join(root, rel);
  const old = existsSync(p) ? readFileSync(p, 'utf8') : undefined;
  if (old === text) continue;
  stale.push(rel);
  if (!check) {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}
// schemas of kinds that no longer exist
const dir = join(root, SCHEMA_DIR);
for (const name of existsSync(dir) ? readdirSync(dir) : []) {
  const rel = `${SCHEMA_DIR}/${name}`;
  if (files[rel]) continue;
  stale.push(rel);
  if (!check) rmSync(join(root, rel));
}
if (check) {
  if (stale.length) {
    process.stderr.write(
      `Niet bijgewerkt na een wijziging in src/schemas: ${stale.join(', ')}\nVoer npm run schemas uit en commit het resultaat.\n`,
    );
    process.exit(1);
  }
  console.log(`Alle ${Object.keys(files).length} gemaakte bestanden zijn bij.`);
} else {
  console.log(stale.length ? `Bijgewerkt: ${stale.join(', ')}` : 'Niets te doen: alles was al bij.');
}
