import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../support/core';
import {
  allocationPlacements,
  placementInput,
  placementOffice,
  readyOrder,
  rule,
  type Office,
} from './fixtures-placements';
import { countRows, executeBehind, rowsOf } from './helpers';

let core: TestCore;
let office: Office;
let garden: number;

beforeEach(async () => {
  core = await testCore();
  office = await placementOffice(core);
  ({ garden } = await allocationPlacements(core));
});

afterEach(() => core.close());

describe('allocation.allocate: refusals', () => {
  it('refuses a placement the rules refuse, naming every reason', async () => {
    await core.ok('placements.save', placementInput({ id: garden, excludedFlags: ['VIOLENCE'] }));
    const order = await readyOrder(core, office, {
      risk: { level: 'HIGH', flags: ['VIOLENCE', 'ARSON'] },
    });
    expect(
      await core.call('allocation.allocate', { orderId: order.id, placementId: garden }),
    ).toEqual(
      rule(
        "Riverside Garden cannot take Walker, Jordan: Risk level High is above this placement's limit of Medium; Placement cannot take people flagged: Violence.",
      ),
    );
    expect(countRows(core, 'allocations')).toBe(0);
  });

  it('refuses a 17-year-old at a placement not suitable for 16–17 year olds', async () => {
    const youth = await core.ok(
      'placements.save',
      placementInput({ name: 'Youth Garden', suits: ['SUITABLE_16_17'] }),
    );
    const order = await readyOrder(core, office, {
      person: { dateOfBirth: '2009-06-01' },
      order: {
        sentenceDate: '2026-11-02',
        hours: 100,
        requirementType: 'YOUTH_REHABILITATION_ORDER',
      },
    });
    const under18 = 'Under 18 (aged 17) and the placement is not suitable for 16–17 year olds';
    const options = await core.ok('allocation.options', { orderId: order.id });
    expect(options.allowed.map((a) => a.name)).toEqual(['Youth Garden']);
    expect(options.refused.map((r) => [r.name, r.reasons])).toEqual([
      ['Canal Clean-up', [under18]],
      ['Riverside Garden', [under18]],
    ]);
    expect(
      await core.call('allocation.allocate', { orderId: order.id, placementId: garden }),
    ).toEqual(rule(`Riverside Garden cannot take Walker, Jordan: ${under18}.`));
    expect(countRows(core, 'allocations')).toBe(0);
    await core.ok('allocation.allocate', { orderId: order.id, placementId: youth.id });
    expect(rowsOf(core, 'SELECT placement_id FROM allocations')).toEqual([
      { placement_id: youth.id },
    ]);
  });

  it('refuses a placement whose health and safety assessment is out of date, until reviewed', async () => {
    await core.ok(
      'placements.save',
      placementInput({
        id: garden,
        healthAndSafetyAssessedOn: '2025-11-25',
        healthAndSafetyReviewDue: '2026-11-25',
      }),
    );
    const order = await readyOrder(core, office);
    const due = 'Health and safety risk assessment was due for review on 25/11/2026';
    const options = await core.ok('allocation.options', { orderId: order.id });
    expect(options.refused).toEqual([
      {
        placementId: garden,
        name: 'Riverside Garden',
        type: 'GROUP',
        area: 'Northvale',
        reasons: [due],
      },
    ]);
    expect(
      await core.call('allocation.allocate', { orderId: order.id, placementId: garden }),
    ).toEqual(rule(`Riverside Garden cannot take Walker, Jordan: ${due}.`));
    expect(countRows(core, 'allocations')).toBe(0);
    await core.ok('placements.reviewHealthAndSafety', {
      id: garden,
      assessedOn: '2026-11-26',
      reviewDue: '2027-11-26',
    });
    expect(
      await core.ok('allocation.allocate', { orderId: order.id, placementId: garden }),
    ).toMatchObject({ rank: 1 });
  });

  it('refuses a full placement', async () => {
    await core.ok('placements.save', placementInput({ id: garden, capacity: 1 }));
    const first = await readyOrder(core, office, { person: { familyName: 'Adams' } });
    const second = await readyOrder(core, office, { person: { familyName: 'Baker' } });
    await core.ok('allocation.allocate', { orderId: first.id, placementId: garden });
    const options = await core.ok('allocation.options', { orderId: second.id });
    expect(options.refused).toEqual([
      {
        placementId: garden,
        name: 'Riverside Garden',
        type: 'GROUP',
        area: 'Northvale',
        reasons: ['Full: 1 of 1 places taken'],
      },
    ]);
    expect(
      await core.call('allocation.allocate', { orderId: second.id, placementId: garden }),
    ).toEqual(rule('Riverside Garden cannot take Baker, Jordan: Full: 1 of 1 places taken.'));
    expect(countRows(core, 'allocations')).toBe(1);
  });

  it('refuses an order that has ended', async () => {
    const order = await readyOrder(core, office);
    executeBehind(core, `UPDATE orders SET status = 'COMPLETED'`);
    expect(
      await core.call('allocation.allocate', { orderId: order.id, placementId: garden }),
    ).toEqual(rule('This order has ended; it cannot be changed.'));
    expect(countRows(core, 'allocations')).toBe(0);
  });
});
