/**
 * Finds a Java runtime for the Nu HTML Checker (vnu.jar, Java 11 or newer): $JAVA_HOME/bin/java,
 * `java` on the PATH, or Debian's /usr/bin/java. When none is found it installs Debian's
 * default-jre-headless (as root, with apt-get) or stops with a clear message.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const candidates = () =>
  [
    process.env.JAVA_PATH,
    process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java'),
    ...(process.env.PATH ?? '')
      .split(':')
      .filter(Boolean)
      .map((d) => join(d, 'java')),
    '/usr/bin/java',
  ].filter((c): c is string => Boolean(c));

/** Major version of a Java binary ("17" from `openjdk version "17.0.15"`, "8" from "1.8.0"), or 0 when it does not run. */
export function javaVersion(java: string): number {
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.status !== 0) return 0;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  if (!m) return 0;
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

const usable = () => candidates().find((c) => existsSync(c) && javaVersion(c) >= 11);

export async function findJava({ install = true } = {}): Promise<string | undefined> {
  const found = usable();
  if (found || !install) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Geen Java gevonden (nodig voor de Nu HTML Checker): installeren met apt-get (default-jre-headless) ...');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'default-jre-headless'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status === 0) {
      const j = usable();
      if (j) return j;
    }
  }
  console.error(
    'Geen Java 11 of nieuwer beschikbaar: de Nu HTML Checker (vnu.jar) heeft Java nodig. Installeer Java (Debian: apt-get install -y default-jre-headless) of zet JAVA_PATH op het pad van een java-programma.',
  );
  process.exit(2);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await findJava());
}
