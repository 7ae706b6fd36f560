import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../shared/policy';
import { testCore, type TestCore } from '../support/core';
import {
  assessedOrder,
  placementInput,
  placementOffice,
  sessionInput,
  type Office,
} from './fixtures-placements';
import { countRows, rowsOf } from './helpers';

let core: TestCore;
let office: Office;

beforeEach(async () => {
  core = await testCore();
  office = await placementOffice(core);
});
afterEach(() => core.close());

const change = (effectiveFrom: string, values: Partial<typeof defaultPolicy>) =>
  core.call('policy.change', {
    effectiveFrom,
    values: { ...defaultPolicy, ...values },
    reason: 'Board decision',
  });

describe('policy settings', () => {
  it('are the bulletin’s defaults until changed', async () => {
    expect(await core.ok('policy.current', {})).toEqual({
      versionId: null,
      effectiveFrom: null,
      values: defaultPolicy,
    });
  });

  it('take a change from its date, keeping the earlier settings before it', async () => {
    const changed = await change('2026-12-01', {
      standDownCreditMinutes: 90,
      minimumHoursPerWeek: 7,
    });
    expect(changed).toMatchObject({
      ok: true,
      value: { effectiveFrom: '2026-12-01', values: { standDownCreditMinutes: 90 } },
    });
    expect((await core.ok('policy.current', {})).values.standDownCreditMinutes).toBe(60);
    expect((await core.ok('policy.current', { on: '2026-12-01' })).values.minimumHoursPerWeek).toBe(
      7,
    );
    const history = await core.ok('policy.history', {});
    expect(history.map((h) => [h.effectiveFrom, h.reason])).toEqual([
      ['2026-12-01', 'Board decision'],
    ]);
  });

  it('never reach back before today, and refuse values out of range, writing nothing', async () => {
    expect(await change('2026-11-25', { standDownCreditMinutes: 90 })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: {
          effectiveFrom: 'In force from cannot be before today: changes never apply to the past',
        },
      },
    });
    expect(await change('2026-12-01', { peoplePerSupervisor: 0 })).toMatchObject({
      ok: false,
      error: {
        fields: {
          'values.peoplePerSupervisor':
            'People per supervisor in a group must be a whole number from 1 to 15',
        },
      },
    });
    expect(countRows(core, 'policy_versions')).toBe(0);
  });

  it('refuse a second version starting on the same day', async () => {
    await change('2026-12-01', {});
    expect(await change('2026-12-01', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('are changed by managers only', async () => {
    const admin = await core.signInAs('CASE_ADMINISTRATOR');
    const refused = await core.call(
      'policy.change',
      { effectiveFrom: '2026-12-01', values: defaultPolicy, reason: 'x' },
      admin,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('stand-down credit under a policy change', () => {
  it('keeps what was credited under the old settings, and credits the new amount after', async () => {
    const placement = await core.ok('placements.save', placementInput({ capacity: 12 }));
    const orderId = await assessedOrder(core, office, 'Walker');
    const before = await core.ok(
      'sessions.create',
      sessionInput(placement.id, office.supervisor.id, { date: '2026-11-21' }),
    );
    await core.ok('sessions.book', { sessionId: before.id, orderId });
    await core.ok('sessions.recordRegister', {
      sessionId: before.id,
      rows: [{ orderId, outcome: 'AASD', standDownCause: 'NO_SUPERVISOR' }],
    });

    const version = await change('2026-11-26', { standDownCreditMinutes: 120 });
    const versionId = version.ok ? version.value.versionId : null;
    const after = await core.ok(
      'sessions.create',
      sessionInput(placement.id, office.supervisor.id, { date: '2026-11-26' }),
    );
    await core.ok('sessions.book', { sessionId: after.id, orderId });
    await core.ok('sessions.recordRegister', {
      sessionId: after.id,
      rows: [{ orderId, outcome: 'AASD', standDownCause: 'NO_SUPERVISOR' }],
    });

    expect(
      rowsOf(
        core,
        'SELECT session_id, credited_minutes, policy_version_id FROM bookings ORDER BY session_id',
      ),
    ).toEqual([
      { session_id: before.id, credited_minutes: 60, policy_version_id: null },
      { session_id: after.id, credited_minutes: 120, policy_version_id: versionId },
    ]);
    expect(rowsOf(core, 'SELECT credited_minutes FROM orders')).toEqual([
      { credited_minutes: 180 },
    ]);
  });
});
