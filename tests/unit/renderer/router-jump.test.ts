import { describe, expect, it } from 'vitest';
import { jumpFromRoute } from '../../../src-renderer/src/pages/jump/jumpTarget';
import { href, parseHash } from '../../../src-renderer/src/routes';

describe('hash routes with an optional row to show', () => {
  it('reads the routes it always read', () => {
    expect(parseHash('#/plans/3')).toEqual({ page: 'plans', id: 3 });
    expect(parseHash('#/organizations')).toEqual({ page: 'organizations' });
    expect(parseHash('')).toEqual({ page: 'overview' });
    expect(href({ page: 'plans', id: 3 })).toBe('#/plans/3');
  });

  it('reads and writes a query pointing at a row', () => {
    expect(parseHash('#/plans/3?task=123')).toEqual({ page: 'plans', id: 3, query: { task: '123' } });
    expect(href({ page: 'plans', id: 3, query: { target: '45' } })).toBe('#/plans/3?target=45');
    expect(parseHash(href({ page: 'organizations', query: { org: '8' } }))).toEqual({ page: 'organizations', query: { org: '8' } });
  });

  it('turns the query into the tab and the row to mark, ignoring anything else', () => {
    expect(jumpFromRoute(parseHash('#/plans/1?task=15'))).toMatchObject({ tab: 'tasks', selector: '[data-testid="tasks-table"] [data-key="t15"]', rowKey: 't15' });
    expect(jumpFromRoute(parseHash('#/plans/1?target=33'))).toMatchObject({ tab: 'targets', selector: '[data-testid="targets-table"] [data-key="t33"]', rowKey: 't33' });
    expect(jumpFromRoute(parseHash('#/plans/1?block=7'))).toMatchObject({ tab: 'body', selector: '[data-block-index="7"]' });
    expect(jumpFromRoute(parseHash('#/plans/1?task=1"]'))).toBeNull();
    expect(jumpFromRoute(parseHash('#/plans/1'))).toBeNull();
  });
});
