#!/usr/bin/env node
/**
 * npm run editor: the browser editor on this computer. Starts decap-server (reads and writes the
 * working copy's content/, on 127.0.0.1 only), a small server for the editor page at /admin/ and
 * the preview (Astro's dev server, which reloads on every save and shows validation errors), and
 * prints both addresses.
 *
 *   npm run editor                       editor on http://127.0.0.1:4322/admin/, preview on :4321
 *   npm run editor -- --poort 5000 --voorbeeldpoort 5001
 *   npm run editor -- --regio rijnmond   only this region's forms
 *   npm run editor -- --geen-voorbeeld   no preview server
 *
 * Publishing the editor on the site (GitHub or GitLab sign-in instead of the local server):
 *   npm run editor -- --schrijf dist/admin --backend github:organisatie/meerjarenagenda
 *   npm run editor -- --schrijf public-admin --backend gitlab:groep/meerjarenagenda --app-id <id>
 * writes the editor page, Decap's files and the configuration into the folder and stops.
 *
 * MJA_CONTENT chooses the content folder, as for every other command.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { editorConfig, type EditorBackend, type EditorRegion } from '../src/editor/config.ts';
import { mergeYaml } from '../src/editor/merge.ts';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const decapDist = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const decapServer = require.resolve('decap-server/dist/index.js');

const fail = (msg: string): never => {
  process.stderr.write(`${msg}\n`);
  process.exit(2);
};

const options = {
  poort: { type: 'string', default: '4322' },
  voorbeeldpoort: { type: 'string', default: '4321' },
  'api-poort': { type: 'string', default: '' },
  regio: { type: 'string', multiple: true },
  'geen-voorbeeld': { type: 'boolean', default: false },
  schrijf: { type: 'string' },
  backend: { type: 'string' },
  'app-id': { type: 'string' },
  'base-url': { type: 'string' },
  branch: { type: 'string', default: 'main' },
} as const;
let args!: ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
try {
  args = parseArgs({ options }).values;
} catch (e) {
  const m = /'([^']+)'/.exec((e as Error).message);
  fail(
    `npm run editor: ${m ? `onbekende of onvolledige optie ${m[1]}` : (e as Error).message}. Opties: --poort, --voorbeeldpoort, --api-poort, --regio, --geen-voorbeeld, --schrijf, --backend, --app-id, --base-url, --branch (uitleg in docs/SCHRIJVEN.md en README).`,
  );
}

const contentAbs = resolve(root, process.env.MJA_CONTENT ?? 'content');
if (!existsSync(contentAbs)) fail(`De map met inhoud bestaat niet: ${contentAbs} (MJA_CONTENT).`);
// decap-server works relative to a repository folder: the folder that holds the content folder
const repoDir = dirname(contentAbs);
const contentDir = basename(contentAbs);

/** The regions under content/, with the files and folders each has. */
export function findRegions(dir: string, only?: string[]): EditorRegion[] {
  const out: EditorRegion[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory() || e.name.startsWith('.')) continue;
    if (only?.length && !only.includes(e.name)) continue;
    const has = new Set(readdirSync(join(dir, e.name)));
    let name = e.name;
    if (has.has('region.yaml')) {
      try {
        name = String(parse(readFileSync(join(dir, e.name, 'region.yaml'), 'utf8'))?.name ?? e.name);
      } catch {
        // a broken region.yaml still gets its forms; validate names the problem
      }
    } else if (e.name === 'landelijk') name = 'Landelijk';
    out.push({ id: e.name, name, has });
  }
  if (only?.length && out.length === 0) fail(`Geen regio gevonden met de naam ${only.join(', ')} in ${dir}.`);
  return out.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

function parseBackend(spec: string | undefined): EditorBackend {
  if (!spec) return { name: 'lokaal' };
  const m = /^(github|gitlab):([\w.-]+\/[\w./-]+)$/.exec(spec);
  if (!m) return fail(`--backend ${spec}: gebruik github:organisatie/repository of gitlab:groep/repository.`);
  return {
    name: m[1] as 'github' | 'gitlab',
    repo: m[2]!,
    branch: args.branch as string,
    ...(args['app-id'] ? { appId: String(args['app-id']) } : {}),
    ...(args['base-url'] ? { baseUrl: String(args['base-url']) } : {}),
  };
}

/** The editor page. Scripts are files of their own (no inline code), as the CSP asks. */
const INDEX_HTML = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Redactie · Meerjarenagenda</title>
<link rel="stylesheet" href="admin.css">
</head>
<body>
<noscript>De redactieomgeving heeft JavaScript nodig.</noscript>
<script src="init.js"></script>
<script src="decap-cms.js"></script>
<script type="module" src="admin.js"></script>
</body>
</html>
`;
const INIT_JS = 'window.CMS_MANUAL_INIT = true;\n';
const ADMIN_CSS = `.mja-problemen{position:fixed;inset:auto 1rem 1rem auto;z-index:1000;max-width:40rem;padding:1rem 1.25rem;background:#fff;color:#1a1a1a;border:3px solid #b00020;border-radius:4px;font:1rem/1.5 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.mja-problemen ul{margin:.5rem 0;padding-left:1.25rem}
.mja-problemen button{font:inherit;padding:.25rem .75rem}
`;

/**
 * The editor page's own Content-Security-Policy. Stricter than nothing, looser than the site's:
 * Decap compiles its configuration checks at run time ('unsafe-eval') and styles its React
 * components with inline styles; everything still comes from this origin only. A published
 * editor signs in with GitHub or GitLab, so their API hosts are allowed then.
 */
export function adminCsp(backend: EditorBackend): string {
  // blob: for Decap's backup of unsaved work (it reads its own in-memory files back)
  const connect = ["'self'", 'blob:'];
  if (backend.name === 'github') connect.push('https://api.github.com', 'https://github.com');
  if (backend.name === 'gitlab') connect.push(backend.baseUrl ?? 'https://gitlab.com');
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(root, 'src/editor/admin/main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** Every file of the editor page: name → contents. Decap's own files are read on request. */
async function adminFiles(backend: EditorBackend, previewUrl?: string) {
  const regions = findRegions(contentAbs, args.regio as string[] | undefined);
  const { config, kinds } = editorConfig({ backend, regions, contentDir, ...(previewUrl ? { previewUrl } : {}) });
  return {
    'index.html': INDEX_HTML,
    'init.js': INIT_JS,
    'admin.css': ADMIN_CSS,
    'admin.js': await bundle(),
    'config.json': JSON.stringify({ config, kinds }),
  } as Record<string, string>;
}

const DECAP_FILE = /^[\w.-]*decap-cms\.js$/;
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

if (args.schrijf) {
  const backend = parseBackend(args.backend as string | undefined);
  if (backend.name === 'lokaal') fail('--schrijf maakt de redactie voor de site: geef ook --backend github:… of gitlab:….');
  const out = resolve(root, String(args.schrijf));
  mkdirSync(out, { recursive: true });
  const files = await adminFiles(backend);
  files['index.html'] = files['index.html']!.replace(
    '<meta charset="utf-8">',
    `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${adminCsp(backend).replace(/; frame-ancestors 'none'/, '')}">`,
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  let n = 0;
  for (const f of readdirSync(decapDist))
    if (DECAP_FILE.test(f)) {
      writeFileSync(join(out, f), readFileSync(join(decapDist, f)));
      n++;
    }
  console.log(
    `Redactie geschreven naar ${out} (${Object.keys(files).length + n} bestanden, backend ${backend.name} ${'repo' in backend ? backend.repo : ''}).`,
  );
  process.exit(0);
}

// ---- local mode ----
const host = '127.0.0.1';
const port = Number(args.poort);
const previewPort = Number(args.voorbeeldpoort);
const apiPort = Number(args['api-poort'] || port + 1000);
for (const [name, p] of [
  ['--poort', port],
  ['--voorbeeldpoort', previewPort],
  ['--api-poort', apiPort],
] as const)
  if (!Number.isInteger(p) || p < 1 || p > 65535) fail(`${name}: geef een poortnummer tussen 1 en 65535.`);

const children: ChildProcess[] = [];
const stop = () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
};
process.on('SIGINT', () => (stop(), process.exit(0)));
process.on('SIGTERM', () => (stop(), process.exit(0)));
process.on('exit', stop);

const api = spawn(process.execPath, [decapServer], {
  cwd: repoDir,
  env: { ...process.env, PORT: String(apiPort), BIND_HOST: host, MODE: 'fs', GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
children.push(api);
api.on('exit', (code) => {
  if (code) fail(`decap-server stopte (code ${code}); staat poort ${apiPort} al in gebruik? Kies een andere met --api-poort.`);
});

let previewUrl: string | undefined;
if (!args['geen-voorbeeld']) {
  previewUrl = `http://${host}:${previewPort}`;
  const astro = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(previewPort), '--host', host],
    {
      cwd: root,
      env: { ...process.env, MJA_CONTENT: contentAbs, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  children.push(astro);
}

const files = await adminFiles({ name: 'lokaal' }, previewUrl);
const csp = adminCsp({ name: 'lokaal' });

/**
 * A save: each YAML file is written into the file as it stands, so entries and fields the writer did
 * not touch keep their text (src/editor/merge.ts) and the change a reviewer sees is the edit itself.
 */
function keepUntouched(body: Buffer): string {
  try {
    const msg = JSON.parse(body.toString('utf8'));
    if (msg?.action !== 'persistEntry') return body.toString('utf8');
    for (const f of msg.params?.dataFiles ?? msg.params?.entry?.dataFiles ?? []) {
      if (typeof f?.path !== 'string' || typeof f.raw !== 'string' || !/\.ya?ml$/.test(f.path)) continue;
      const file = resolve(repoDir, f.path);
      if (!file.startsWith(resolve(repoDir) + sep) || !existsSync(file)) continue;
      f.raw = mergeYaml(readFileSync(file, 'utf8'), f.raw);
    }
    return JSON.stringify(msg);
  } catch {
    return body.toString('utf8');
  }
}

async function proxy(req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  try {
    const r = await fetch(`http://${host}:${apiPort}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: keepUntouched(Buffer.concat(chunks)),
    });
    res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await r.arrayBuffer()));
  } catch {
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'decap-server antwoordt niet' }));
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  if (url.pathname === '/api/v1' && req.method === 'POST') return void proxy(req, res);
  if (url.pathname === '/' || url.pathname === '/admin') {
    res.writeHead(302, { location: '/admin/' });
    return void res.end();
  }
  const m = /^\/admin\/([\w.-]*)$/.exec(url.pathname);
  const name = m ? m[1] || 'index.html' : undefined;
  let body: string | Buffer | undefined;
  if (name && files[name] !== undefined) body = files[name];
  else if (name && DECAP_FILE.test(name) && existsSync(join(decapDist, name))) body = readFileSync(join(decapDist, name));
  if (body === undefined || req.method !== 'GET') {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('Niet gevonden. De redactie staat op /admin/.');
  }
  res.writeHead(200, {
    'content-type': TYPES[name!.split('.').pop()!] ?? 'application/octet-stream',
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
});
server.on('error', (e) => fail(`De redactie kan niet starten op poort ${port}: ${(e as Error).message}. Kies een andere met --poort.`));
server.listen(port, host, () => {
  console.log(`Redactie: http://${host}:${port}/admin/`);
  if (previewUrl) console.log(`Voorbeeld: ${previewUrl}/ (werkt bij na elke opslag; fouten staan daar met bestand en veld)`);
  console.log(`Inhoud: ${contentAbs}`);
  console.log('Stoppen: Ctrl+C');
});
