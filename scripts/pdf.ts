/** Makes the PDFs again on a built dist/ (the build's PDF step on its own; used by npm run bench -- --pdfs N). */
import { resolve } from 'node:path';
import { getModel } from '../src/model/index.ts';
import { outputs } from '../src/model/outputs.ts';
import { settings } from '../src/settings.ts';
import { buildPdfs } from '../src/integration/pdf.ts';

const s = settings();
await buildPdfs(resolve(s.distDir), outputs(getModel().model), s, console.log);
