import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';

test('byte budgets of the built site (scripts/bench.ts)', () => {
  const r = spawnSync(process.execPath, ['scripts/bench.ts'], { encoding: 'utf8' });
  console.log(r.stdout);
  expect(r.stdout).toContain('JS on a page without interaction: 0 B');
  expect(r.status, r.stdout).toBe(0);
});
