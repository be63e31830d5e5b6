/**
 * node scripts/synthetic-corpus.ts <map> [regio's]: a content folder with as many regions as
 * there are arbeidsmarktregio's (35 by default), made by copying the real regions under new
 * names, to measure how npm run validate and the build scale with content.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [out, countArg] = process.argv.slice(2);
if (!out) {
  process.stderr.write("gebruik: node scripts/synthetic-corpus.ts <map> [aantal regio's]\n");
  process.exit(1);
}
const count = Number(countArg ?? 35);
const src = 'content';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(src, 'themes.yaml'), join(out, 'themes.yaml'));
cpSync(join(src, 'landelijk'), join(out, 'landelijk'), { recursive: true });
const regions = readdirSync(src).filter((n) => n !== 'landelijk' && !n.includes('.'));
for (let i = 0; i < count; i++) {
  const r = regions[i % regions.length];
  const copy = i < regions.length ? r : `${r}-${Math.floor(i / regions.length) + 1}`;
  cpSync(join(src, r), join(out, copy), { recursive: true });
  if (copy !== r) {
    const file = join(out, copy, 'region.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: (.*)$/m, `name: "$1 ${Math.floor(i / regions.length) + 1}"`));
  }
}
console.log(`${count} regio's in ${out}`);
