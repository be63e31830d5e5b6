/** An action's looptijd: an end before the start is refused with a Dutch message on the field `end`. */
import { describe, expect, it } from 'vitest';
import { actionSchema } from '../../src/schemas/action.ts';

const action = (timing: { start?: string; end?: string }) => ({
  id: 'a1',
  title: 'Een actie',
  type: 'ontwikkelen',
  status: 'gepland',
  timing,
});

describe('action timing', () => {
  it('accepts a start before or equal to the end, and an open end', () => {
    for (const t of [{ start: '2026', end: '2027' }, { start: '2026-Q2', end: '2026' }, { start: 'najaar 2026' }])
      expect(actionSchema.safeParse(action(t)).error?.issues.filter((i) => i.path.includes('timing')) ?? []).toEqual([]);
  });

  it('refuses an end before the start, on the field end, in Dutch', () => {
    const r = actionSchema.safeParse(action({ start: '2027', end: '2026' }));
    const issue = r.error?.issues.find((i) => i.path.join('.') === 'timing.end');
    expect(issue?.message).toMatch(/einde ligt voor het begin/);
  });
});
