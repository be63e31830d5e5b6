/** npm run validate: check all content without building; errors for writers (no stack traces). */
import { getModel } from '../src/model/index.ts';
import { formatErrors } from '../src/model/errors.ts';
import { settings } from '../src/settings.ts';
import { formatWarnings, warningsOf } from '../src/model/warnings.ts';

const root = process.argv[2] ?? settings().contentDir;
const { model, errors } = getModel(root);
if (errors.length) {
  process.stderr.write(formatErrors(errors));
  process.exit(1);
}
const n = (k: keyof typeof model) => (Array.isArray(model[k]) ? (model[k] as unknown[]).length : 0);
console.log(
  `Inhoud in orde: ${n('regions')} regio's, ${n('documents')} documenten, ${n('chapters')} hoofdstukken, ` +
    `${n('tables')} tabellen, ${n('indicators')} indicatoren, ${n('actions')} acties, ${n('bodies')} overleggen, ` +
    `${n('meetings')} vergaderingen, ${n('glossary')} begrippen.`,
);
process.stdout.write(formatWarnings(warningsOf(model)));
