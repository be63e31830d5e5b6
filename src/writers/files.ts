/**
 * Every file `npm run schemas` writes from the zod schemas, with its text: the JSON Schemas, the
 * field reference of the writers' guide and the VS Code settings that map each kind of content
 * file to its JSON Schema. The test compares them with the committed files.
 */
import { FILE_KINDS, jsonSchemaFiles } from './json-schema.ts';
import { guideMarkdown } from './guide.ts';
import { headersFile, nginxConf } from '../core/headers.ts';

export const SCHEMA_DIR = 'schemas/json';

export function vscodeSettings(): Record<string, unknown> {
  const yamlSchemas: Record<string, string[]> = {};
  for (const k of FILE_KINDS) if (!k.frontmatter) yamlSchemas[`./${SCHEMA_DIR}/${k.name}.schema.json`] = k.files;
  return {
    'yaml.schemas': yamlSchemas,
    'yaml.validate': true,
    'yaml.completion': true,
    'yaml.hover': true,
    'yaml.schemaStore.enable': false,
    // chapter frontmatter (.mdx): the Astro extension checks it against .astro/collections/chapters.schema.json,
    // which npm run dev and npm run build write from the same zod schema (experimental.contentIntellisense)
    'astro.content-intellisense': true,
    // tabs in YAML are errors; let the editor write spaces
    '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2, 'editor.detectIndentation': false },
    '[mdx]': { 'editor.insertSpaces': true, 'editor.tabSize': 2, 'editor.wordWrap': 'on' },
    'files.associations': { '*.mdx': 'mdx' },
    'files.encoding': 'utf8',
  };
}

export const VSCODE_EXTENSIONS = { recommendations: ['redhat.vscode-yaml', 'unifiedjs.vscode-mdx', 'astro-build.astro-vscode'] };

/** Path (from the repository root) and text of every generated file. */
export function generatedFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(jsonSchemaFiles())) out[`${SCHEMA_DIR}/${name}`] = text;
  out['docs/VELDEN.md'] = guideMarkdown();
  out['.vscode/settings.json'] = JSON.stringify(vscodeSettings(), null, 2) + '\n';
  out['.vscode/extensions.json'] = JSON.stringify(VSCODE_EXTENSIONS, null, 2) + '\n';
  // headers for static hosts and a sample nginx configuration, from the site's CSP (README, Publiceren)
  out['deploy/_headers'] = headersFile();
  out['deploy/nginx.conf'] = nginxConf();
  return out;
}
