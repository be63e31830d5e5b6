/**
 * Collections over the one content model (src/model): entries are stored as the model validated
 * them (no second parse); the schemas here give Astro the types. Chapters are MDX files read by
 * Astro's glob() loader, which renders them; their frontmatter was checked by the model.
 */
import { defineCollection } from 'astro:content';
import { resolve, sep } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { getModel } from './model/index.ts';
import type { Kind } from './model/types.ts';
import { formatErrors } from './model/errors.ts';
import { settings } from './settings.ts';
import { regionSchema } from './schemas/region.ts';
import { documentSchema } from './schemas/document.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { sharedThemeSchema, themeSchema } from './schemas/theme.ts';
import { indicatorSchema } from './schemas/indicator.ts';
import { tableSchema } from './schemas/table.ts';
import { actionSchema } from './schemas/action.ts';
import { bodySchema, meetingSchema } from './schemas/body.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { monitoringSchema } from './schemas/monitoring.ts';

const root = settings().contentDir;
const meta = { region: z.string(), localId: z.string(), file: z.string() };

function entities(kind: Kind): Loader {
  return {
    name: `meerjarenagenda-${kind}`,
    load: async ({ store, watcher, logger }) => {
      const sync = () => {
        const { model, errors } = getModel(root);
        // a build never gets here with errors (the integration stops it first); in dev the pages
        // show the errors (src/integration/dev.ts) and the entries stay as they were
        if (errors.length) {
          if (!watcher) throw new Error(formatErrors(errors));
          return;
        }
        store.clear();
        for (const e of model[kind]) {
          store.set({ id: e.id, data: { ...e.data, region: e.region, localId: e.localId, file: e.file }, filePath: e.file });
        }
      };
      sync();
      if (watcher) {
        const abs = resolve(root);
        watcher.add(abs);
        // every YAML file under content/ can change any kind (references, shared themes): reload on each
        watcher.on('all', (_event, file) => {
          if (resolve(file).startsWith(abs + sep) && /\.ya?ml$/.test(file)) {
            try {
              sync();
            } catch (e) {
              logger.error(String((e as Error).message));
            }
          }
        });
      }
    },
  };
}

const chapterId = ({ entry }: { entry: string }) => entry.replace(/\/documents\//, '/').replace(/\.mdx?$/, '');

export const collections = {
  regions: defineCollection({ loader: entities('regions'), schema: regionSchema.extend(meta) }),
  sharedThemes: defineCollection({ loader: entities('sharedThemes'), schema: sharedThemeSchema.extend(meta) }),
  documents: defineCollection({ loader: entities('documents'), schema: documentSchema.extend(meta) }),
  chapters: defineCollection({
    loader: glob({ pattern: '*/documents/*/*.{md,mdx}', base: root, generateId: chapterId }),
    schema: chapterSchema,
  }),
  themes: defineCollection({ loader: entities('themes'), schema: themeSchema.extend(meta) }),
  indicators: defineCollection({ loader: entities('indicators'), schema: indicatorSchema.extend(meta) }),
  tables: defineCollection({ loader: entities('tables'), schema: tableSchema.extend(meta) }),
  actions: defineCollection({ loader: entities('actions'), schema: actionSchema.extend(meta) }),
  bodies: defineCollection({ loader: entities('bodies'), schema: bodySchema.extend(meta) }),
  meetings: defineCollection({ loader: entities('meetings'), schema: meetingSchema.extend(meta) }),
  glossary: defineCollection({ loader: entities('glossary'), schema: glossarySchema.extend(meta) }),
  monitoring: defineCollection({ loader: entities('monitoring'), schema: monitoringSchema.extend(meta) }),
};
