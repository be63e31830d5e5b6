/**
 * The build as one Astro integration, so that plain `astro build` gives the whole site:
 * - astro:config:setup reads and validates all content once (the model every later step uses) and
 *   stops the build with the writer's messages when something is wrong, before anything is written;
 * - astro:build:done writes the sitemap, the PDFs (which also fill in PDF sizes on the pages) and
 *   the search index, all from the model's list of outputs.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { getModel } from '../model/index.ts';
import { formatErrors } from '../model/errors.ts';
import { outputs } from '../model/outputs.ts';
import { settings } from '../settings.ts';
import { writeSitemap } from './sitemap.ts';
import { buildPdfs } from './pdf.ts';
import { buildSearchIndex } from './pagefind.ts';
import { setupDevServer } from './dev.ts';

/** Thrown when content is invalid; its message is the writer's list of problems, nothing else. */
export class ContentInvalid extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentInvalid';
    this.stack = message; // no stack trace for writers
  }
}

export default function meerjarenagenda(): AstroIntegration {
  return {
    name: 'meerjarenagenda',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { errors } = getModel();
        if (!errors.length) return;
        if (command === 'build') {
          // Astro would print its own stack trace for a thrown error; writers get the list only
          process.stderr.write(formatErrors(errors));
          process.exit(1);
        }
        // dev: start anyway; every page shows the problems until they are solved (./dev.ts)
      },
      'astro:server:setup': ({ server, logger }) => {
        setupDevServer(server, (msg) => logger.info(msg));
      },
      'astro:build:done': async ({ dir }) => {
        const s = settings();
        const out = fileURLToPath(dir);
        const { model } = getModel();
        const list = outputs(model);
        // printed even under --silent (npm run build), unlike Astro's logger
        const log = (msg: string) => console.log(msg);
        const step = async (name: string, run: () => unknown) => {
          const t0 = performance.now();
          await run();
          log(`✓ ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
        };
        if (!s.skip.has('sitemap')) await step('sitemap', () => log(`sitemap.xml: ${writeSitemap(out, list, s.site + s.base)} pagina's`));
        if (!s.skip.has('pdf')) await step('pdf', () => buildPdfs(out, list, s, log));
        if (!s.skip.has('search'))
          await step('zoekindex', () => buildSearchIndex(out, list, model, s.base, log, { perRegion: s.searchScope === 'regio' }));
      },
    },
  };
}
