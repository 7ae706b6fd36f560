import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noAssessmentMessage } from '../../electron/core/allocation/rules';
import { testCore, type TestCore } from '../support/core';
import {
  allocationPlacements,
  assessment,
  gardenReasons,
  induction,
  newOrder,
  placementOffice,
  readyOrder,
  rule,
  validation,
  type Office,
} from './fixtures-placements';
import { countRows, rowsOf } from './helpers';

let core: TestCore;
let office: Office;
let garden: number;
let canal: number;
let ppws: number;
let closed: number;

beforeEach(async () => {
  core = await testCore();
  office = await placementOffice(core);
  ({ garden, canal, ppws, closed } = await allocationPlacements(core));
});

afterEach(() => core.close());

describe('allocation.options', () => {
  it('refuses every placement, allowing none, without an assessment', async () => {
    const order = await newOrder(core, office);
    await core.ok('induction.record', induction(order.id, office.supervisor.id));
    expect(await core.ok('allocation.options', { orderId: order.id })).toEqual({
      current: null,
      allowed: [],
      refused: [
        {
          placementId: canal,
          name: 'Canal Clean-up',
          type: 'GROUP',
          area: 'Eastgate',
          reasons: [noAssessmentMessage],
        },
        {
          placementId: garden,
          name: 'Riverside Garden',
          type: 'GROUP',
          area: 'Northvale',
          reasons: [noAssessmentMessage],
        },
      ],
    });
    const bare = await newOrder(core, office);
    const options = await core.ok('allocation.options', { orderId: bare.id });
    expect(options.allowed).toEqual([]);
    expect(options.refused.map((r) => r.reasons)).toEqual([
      [noAssessmentMessage, 'No induction: availability and needs are not known'],
      [noAssessmentMessage, 'No induction: availability and needs are not known'],
    ]);
  });

  it('ranks the allowed placements by fit, with places left', async () => {
    const order = await readyOrder(core, office);
    expect(await core.ok('allocation.options', { orderId: order.id })).toEqual({
      current: null,
      allowed: [
        {
          placementId: garden,
          name: 'Riverside Garden',
          type: 'GROUP',
          area: 'Northvale',
          rank: 1,
          score: 32,
          reasons: gardenReasons,
          placesLeft: 6,
        },
        {
          placementId: canal,
          name: 'Canal Clean-up',
          type: 'GROUP',
          area: 'Eastgate',
          rank: 2,
          score: 4,
          reasons: ['Available for 2 of its session times'],
          placesLeft: 12,
        },
      ],
      refused: [],
    });
    expect(await core.call('allocation.options', { orderId: 99 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The order was not found. It may have been removed.' },
    });
  });
});

describe('allocation.allocate', () => {
  it('refuses without an assessment, whatever the placement, and writes nothing', async () => {
    const order = await newOrder(core, office);
    await core.ok('induction.record', induction(order.id, office.supervisor.id));
    for (const placementId of [garden, canal, 99]) {
      expect(await core.call('allocation.allocate', { orderId: order.id, placementId })).toEqual(
        rule('No risk of harm assessment: allocation is not allowed.'),
      );
    }
    expect(countRows(core, 'allocations')).toBe(0);
  });

  it('refuses a placement that is not offered for allocation', async () => {
    const order = await readyOrder(core, office);
    for (const placementId of [ppws, closed, 99]) {
      expect(await core.call('allocation.allocate', { orderId: order.id, placementId })).toEqual(
        validation({ placementId: 'Placement must be one of the active placements' }),
      );
    }
    expect(countRows(core, 'allocations')).toBe(0);
  });

  it('needs a reason for a lower-ranked placement, and keeps it', async () => {
    const order = await readyOrder(core, office);
    const reason =
      'Reason is required when choosing a placement other than the best fit (this one is ranked 2 of 2)';
    for (const given of [undefined, '   ']) {
      expect(
        await core.call('allocation.allocate', {
          orderId: order.id,
          placementId: canal,
          reason: given,
        }),
      ).toEqual(validation({ reason }));
    }
    expect(countRows(core, 'allocations')).toBe(0);
    const allocated = await core.ok('allocation.allocate', {
      orderId: order.id,
      placementId: canal,
      reason: 'Works in Northvale on Saturdays',
    });
    expect(allocated).toEqual({
      id: 1,
      placementId: canal,
      placementName: 'Canal Clean-up',
      allocatedOn: '2026-11-26',
      fitScore: 4,
      rank: 2,
      reason: 'Works in Northvale on Saturdays',
      method: 'SINGLE',
    });
    expect(
      rowsOf(
        core,
        'SELECT order_id, placement_id, rank, reason, method, ended_on FROM allocations',
      ),
    ).toEqual([
      {
        order_id: order.id,
        placement_id: canal,
        rank: 2,
        reason: 'Works in Northvale on Saturdays',
        method: 'SINGLE',
        ended_on: null,
      },
    ]);
  });

  it('ends the previous allocation on a reallocation, keeping one current', async () => {
    const order = await readyOrder(core, office);
    const first = await core.ok('allocation.allocate', { orderId: order.id, placementId: garden });
    expect(first).toMatchObject({ placementId: garden, rank: 1, reason: null, fitScore: 32 });
    await core.ok('allocation.allocate', {
      orderId: order.id,
      placementId: canal,
      reason: 'Sundays suit better',
    });
    expect(
      await core.call('allocation.allocate', {
        orderId: order.id,
        placementId: canal,
        reason: 'Again',
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Walker, Jordan is already allocated to this placement.',
      },
    });
    await core.ok('allocation.allocate', { orderId: order.id, placementId: garden });
    expect(rowsOf(core, 'SELECT id, placement_id, ended_on FROM allocations ORDER BY id')).toEqual([
      { id: 1, placement_id: garden, ended_on: '2026-11-26' },
      { id: 2, placement_id: canal, ended_on: '2026-11-26' },
      { id: 3, placement_id: garden, ended_on: null },
    ]);
    const options = await core.ok('allocation.options', { orderId: order.id });
    expect(options.current).toMatchObject({ id: 3, placementId: garden, method: 'SINGLE' });
    // The person's own place is not counted against them.
    expect(options.allowed.map((a) => [a.name, a.placesLeft])).toEqual([
      ['Riverside Garden', 6],
      ['Canal Clean-up', 12],
    ]);
    const placements = await core.ok('placements.list', {});
    expect(placements.map((p) => [p.name, p.allocated])).toEqual([
      ['Canal Clean-up', 0],
      ['Depot PPWS', 0],
      ['Riverside Garden', 1],
      ['Old Library', 0],
    ]);
  });

  it('keeps the current assessment with the allocation', async () => {
    const order = await newOrder(core, office);
    await core.ok('risk.record', assessment(order.id, { assessedOn: '2026-02-01', level: 'HIGH' }));
    await core.ok('risk.record', assessment(order.id, { assessedOn: '2026-06-01' }));
    await core.ok('risk.record', assessment(order.id, { assessedOn: '2026-03-01', level: 'HIGH' }));
    await core.ok('induction.record', induction(order.id, office.supervisor.id));
    await core.ok('allocation.allocate', { orderId: order.id, placementId: garden });
    expect(rowsOf(core, 'SELECT risk_assessment_id, placement_id FROM allocations')).toEqual([
      { risk_assessment_id: 2, placement_id: garden },
    ]);
  });
});
