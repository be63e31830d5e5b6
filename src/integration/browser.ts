/**
 * Finds a Chromium for Playwright (PDFs and browser tests): $CHROMIUM_PATH, Debian's
 * /usr/bin/chromium, or Playwright's own download. When none is found it installs one
 * (apt-get as root on Debian, else `playwright install chromium`) or stops with a clear message.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = () =>
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter((c): c is string =>
    Boolean(c),
  );

async function playwrightOwn(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

export async function findChromium({ install = true } = {}): Promise<string> {
  for (const c of candidates()) if (existsSync(c)) return c;
  const own = await playwrightOwn();
  if (own) return own;
  if (!install) throw new Error('Geen Chromium gevonden (CHROMIUM_PATH, /usr/bin/chromium of die van Playwright).');
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Geen Chromium gevonden: installeren met apt-get (chromium, fonts-liberation) ...');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status === 0) for (const c of candidates()) if (existsSync(c)) return c;
  } else {
    console.log('Geen Chromium gevonden: installeren met playwright install chromium ...');
    spawnSync(process.execPath, ['node_modules/playwright/cli.js', 'install', 'chromium'], { stdio: 'inherit' });
    const p = await playwrightOwn();
    if (p) return p;
  }
  console.error(
    'Geen Chromium beschikbaar. Installeer Chromium (Debian: apt-get install -y chromium) of zet CHROMIUM_PATH op het pad van een Chromium- of Chrome-programma.',
  );
  process.exit(2);
}

/** Launch options that work here: as root Chromium needs --no-sandbox; no background traffic. */
export const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await findChromium());
}
