/** First step of the build: validate content/ and print errors for writers (no stack traces). */
import { loadContent } from '../src/lib/content/load.ts';
import { formatErrors } from '../src/lib/content/errors.ts';

const root = process.argv[2] ?? process.env.MJA_CONTENT ?? 'content';
const { model, errors } = loadContent(root);
if (errors.length) {
  process.stderr.write(formatErrors(errors));
  process.exit(1);
}
const count = (k: keyof typeof model) => (Array.isArray(model[k]) ? (model[k] as unknown[]).length : 0);
console.log(
  `Inhoud in orde: ${count('regions')} regio's, ${count('documents')} documenten, ${count('chapters')} hoofdstukken, ` +
    `${count('tables')} tabellen, ${count('indicators')} indicatoren, ${count('actions')} acties, ${count('bodies')} overleggen, ` +
    `${count('meetings')} vergaderingen, ${count('glossary')} begrippen.`,
);
