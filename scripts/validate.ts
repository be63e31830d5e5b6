/**
 * npm run validate: check all content without building; errors for writers (no stack traces),
 * then warnings (scaffold sentences left, adopted documents still marked concept).
 *
 *   npm run validate                 check content/ once
 *   npm run validate -- <map>        check another content folder
 *   npm run validate -- --watch      check again after every change, until Ctrl+C
 */
import { watch } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { getModel } from '../src/model/index.ts';
import { formatErrors } from '../src/model/errors.ts';
import { settings } from '../src/settings.ts';
import { formatWarnings, warningsOf } from '../src/model/warnings.ts';

const args = process.argv.slice(2);
const watching = args.includes('--watch');
const root = args.find((a) => !a.startsWith('--')) ?? settings().contentDir;

function check(): boolean {
  const t0 = performance.now();
  const { model, errors } = getModel(root);
  const time = `${((performance.now() - t0) / 1000).toFixed(1).replace('.', ',')} s`;
  if (errors.length) {
    process.stderr.write(
      formatErrors(errors).replace(
        'er is niets gebouwd en de vorige versie van de site blijft staan.',
        // validate builds nothing: say what to do instead of what a build would have kept
        watching ? 'los ze op; ik controleer opnieuw na elke wijziging.' : 'los ze op en controleer opnieuw met npm run validate.',
      ),
    );
    return false;
  }
  const n = (k: keyof typeof model) => (Array.isArray(model[k]) ? (model[k] as unknown[]).length : 0);
  console.log(
    `Inhoud in orde: ${n('regions')} regio's, ${n('documents')} documenten, ${n('chapters')} hoofdstukken, ` +
      `${n('tables')} tabellen, ${n('indicators')} indicatoren, ${n('actions')} acties, ${n('bodies')} overleggen, ` +
      `${n('meetings')} vergaderingen, ${n('glossary')} begrippen.` +
      (watching || process.env.MJA_TIMING ? ` (${time})` : ''),
  );
  process.stdout.write(formatWarnings(warningsOf(model)));
  return true;
}

if (!watching) {
  if (!check()) process.exit(1);
} else {
  check();
  console.log(`\nIk kijk mee in ${root}/; stoppen met Ctrl+C.`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(root, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(`\n— ${new Date().toLocaleTimeString('nl-NL')} —`);
      check();
    }, 200);
  });
}
