/**
 * The editor page (/admin/): registers a file format per kind of content file, checks every
 * entry with the zod schema of its kind before it is saved, then starts Decap CMS with the
 * configuration generated from the schemas (config.json, see src/editor/config.ts).
 * Bundled by scripts/editor.ts with esbuild; Decap itself is loaded before it from the same origin.
 */
import { checkEntry, dataFilesFormat, formatFor } from '../format.ts';
import { DATA_FILES_FORMAT } from '../config.ts';
import { kindByName } from '../kinds.ts';

interface Cms {
  registerCustomFormat(name: string, extension: string, format: unknown): void;
  registerEventListener(listener: { name: string; handler: (arg: { entry: any }) => unknown }): void;
  init(opts: { config: unknown }): void;
}
const CMS = (window as unknown as { CMS: Cms }).CMS;

const { config, kinds } = (await (await fetch('config.json', { cache: 'no-store' })).json()) as {
  config: unknown;
  kinds: Record<string, string>;
};

/** The kind of the file being saved, set by preSave just before Decap writes it. */
let saving: string | undefined;
CMS.registerCustomFormat(
  DATA_FILES_FORMAT,
  'yaml',
  dataFilesFormat(() => saving),
);
for (const kind of new Set(Object.values(kinds))) {
  CMS.registerCustomFormat(`mja-${kind}`, kindByName(kind).frontmatter ? 'mdx' : 'yaml', formatFor(kind));
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = entry.get('collection');
    const kind = kinds[`${collection}/${entry.get('slug')}`] ?? kinds[collection];
    saving = kind;
    if (!kind) return undefined;
    const problems = checkEntry(kind, entry.get('data').toJS());
    if (problems.length) {
      const text = `Niet opgeslagen; verbeter eerst:\n${problems.join('\n')}`;
      showProblems(problems);
      throw new Error(text);
    }
    showProblems([]);
    return undefined;
  },
});

/** The schema's messages in a live region at the top, so a screen reader hears them too. */
function showProblems(problems: string[]) {
  let box = document.getElementById('mja-problemen');
  if (!box) {
    box = document.createElement('div');
    box.id = 'mja-problemen';
    box.setAttribute('role', 'alert');
    box.className = 'mja-problemen';
    document.body.prepend(box);
  }
  box.replaceChildren();
  box.hidden = problems.length === 0;
  if (!problems.length) return;
  const h = document.createElement('p');
  h.textContent = 'Niet opgeslagen. Verbeter eerst:';
  const ul = document.createElement('ul');
  for (const p of problems) {
    const li = document.createElement('li');
    li.textContent = p;
    ul.append(li);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Sluiten';
  close.addEventListener('click', () => (box!.hidden = true));
  box.append(h, ul, close);
}

CMS.init({ config });
