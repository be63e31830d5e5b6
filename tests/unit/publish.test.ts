/**
 * The publishing templates do what the README's "Publish" section says: the GitHub Actions
 * workflow and the GitLab CI pipeline run the README's commands in its order, with the full git
 * history, publish only the main branch and give every pull or merge request its preview; the
 * headers for static hosts carry the site's own Content-Security-Policy.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CSP } from '../../src/core/csp.ts';
import { HEADER_CSP, headersFile, IMMUTABLE, nginxConf } from '../../src/core/headers.ts';

type Json = Record<string, any>;

const readme = readFileSync('README.md', 'utf8');

/** The commands of the first sh block in the README's "## Publish" section. */
function readmeCommands(): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Publish'));
  expect(section, 'README heeft een sectie "## Publish"').toBeDefined();
  const block = /```sh\n([\s\S]*?)```/.exec(section!)?.[1] ?? '';
  return block
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** Is `wanted` a subsequence of `lines` (each command once, in the same order)? */
function inOrder(lines: string[], wanted: string[]): string[] {
  const missing: string[] = [];
  let i = 0;
  for (const w of wanted) {
    const j = lines.findIndex((l, k) => k >= i && l.trim() === w);
    if (j < 0) missing.push(w);
    else i = j + 1;
  }
  return missing;
}

describe('README', () => {
  it('names the commands CI runs', () => {
    expect(readmeCommands()).toEqual(['npm ci', 'npm run validate', 'npm run build', 'npm test']);
  });
});

describe('GitHub Actions workflow', () => {
  const wf = parse(readFileSync('.github/workflows/site.yml', 'utf8')) as Json;
  const steps = (job: string): Json[] => wf.jobs[job].steps;

  it('runs the README commands in order, on the full history', () => {
    const runs = steps('build')
      .filter((s) => s.run)
      .map((s) => String(s.run));
    expect(inOrder(runs, readmeCommands())).toEqual([]);
    const checkout = steps('build').find((s) => String(s.uses).startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    const build = steps('build').find((s) => s.run === 'npm run build');
    expect(Object.keys(build!.env)).toEqual(expect.arrayContaining(['MJA_SITE', 'MJA_BASE']));
  });

  it('runs on pull requests and pushes to main, publishes main only', () => {
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.jobs.deploy.needs).toBe('build');
    expect(wf.jobs.deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect(wf.jobs.deploy.if).toContain("github.event_name != 'pull_request'");
    expect(steps('deploy').map((s) => s.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@/)]);
    expect(wf.jobs.deploy.permissions).toEqual({ pages: write(), 'id-token': write() });
    const pages = steps('build').find((s) => String(s.uses).startsWith('actions/upload-pages-artifact@'));
    expect(pages?.with?.path).toBe('dist/');
    expect(wf.permissions).toEqual({ contents: 'read' });
  });

  it('attaches the built site to every pull request', () => {
    const preview = steps('build').find((s) => String(s.uses).startsWith('actions/upload-artifact@'));
    expect(preview?.if).toBe("github.event_name == 'pull_request'");
    expect(preview?.with?.path).toBe('dist/');
    // the test step comes before any upload: a failing site is never offered
    const names = steps('build').map((s) => s.run ?? s.uses);
    expect(names.indexOf('npm test')).toBeLessThan(names.indexOf(preview!.uses));
  });
});

const write = () => 'write';

describe('GitLab CI pipeline', () => {
  const ci = parse(readFileSync('.gitlab-ci.yml', 'utf8')) as Json;
  const jobs = Object.entries(ci).filter(([, v]) => v && typeof v === 'object' && 'script' in v) as [string, Json][];
  /** The script lines of all jobs in stage order. */
  const lines = ci.stages.flatMap((stage: string) => jobs.filter(([, j]) => j.stage === stage).flatMap(([, j]) => j.script as string[]));

  it('runs the README commands in order, on the full history', () => {
    expect(inOrder(lines, readmeCommands())).toEqual([]);
    expect(ci.variables.GIT_DEPTH).toBe('0');
    expect(ci.test.needs).toEqual(['build']);
    expect(ci.build.artifacts.paths).toEqual(['dist/']);
  });

  it('publishes the default branch with Pages and a review app per merge request', () => {
    expect(ci.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(ci.pages.needs).toEqual(['build', 'test']);
    expect(ci.pages.artifacts.paths).toEqual(['public']);
    expect(ci.review.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(ci.review.needs).toEqual(['build', 'test']);
    expect(ci.review.pages.path_prefix).toBe('mr-$CI_MERGE_REQUEST_IID');
    expect(ci.review.environment.url).toContain('mr-${CI_MERGE_REQUEST_IID}/');
    // the review build is made for the address it is served under
    expect(ci.build.script.join('\n')).toContain('mr-$CI_MERGE_REQUEST_IID/');
  });
});

describe('headers for static hosts', () => {
  it('send the site’s own CSP, with frame-ancestors, and cache hashed files for a year', () => {
    expect(HEADER_CSP.startsWith(CSP + '; ')).toBe(true);
    expect(HEADER_CSP).toContain("frame-ancestors 'none'");
    const h = headersFile();
    expect(h).toContain(`  Content-Security-Policy: ${HEADER_CSP}\n`);
    expect(h).toMatch(new RegExp(`^/_astro/\\*\\n  Cache-Control: ${IMMUTABLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    // a host joins the values of every rule that matches: only one rule may set Cache-Control per path
    expect(h.split('\n/*\n')[1]!.split('\n/')[0]).not.toContain('Cache-Control');
    expect(headersFile('/agenda/')).toContain('/agenda/_astro/*');
    const nginx = nginxConf();
    expect(nginx).toContain(`add_header Content-Security-Policy "${HEADER_CSP}" always;`);
    expect(nginx).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
    // the committed files are the generated ones (npm run schemas)
    expect(readFileSync('deploy/_headers', 'utf8')).toBe(h);
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginx);
  });
});
