import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noAssessmentMessage } from '../../electron/core/allocation/rules';
import { testCore, type TestCore } from '../support/core';
import {
  gardenReasons,
  induction,
  newOrder,
  placementInput,
  placementOffice,
  readyOrder,
  throughPpws,
  validation,
  type Office,
} from './fixtures-placements';
import { countRows, rowsOf } from './helpers';

let core: TestCore;
let office: Office;

/** Ready for a batch proposal: assessed, inducted and through the PPWS. */
async function ready(...args: Parameters<typeof readyOrder>) {
  const order = await readyOrder(...args);
  await throughPpws(args[0], args[1], order.id);
  return order;
}

beforeEach(async () => {
  core = await testCore();
  office = await placementOffice(core);
});

afterEach(() => core.close());

/**
 * Two placements of one place each. Adams (sentenced first) can work Saturday or Sunday
 * mornings, Baker only Saturdays.
 *
 *                 Canal (Sun, Eastgate)   Garden (Sat, Northvale, gardening)
 *   Adams         2 (one shared time)     32 (10 skill + 15 area + 5 contact + 2 time)
 *   Baker         refused (no Sunday)     32
 *
 * First come, first served gives Adams the garden and leaves Baker out: 1 placed, fit 32.
 * The optimum moves Adams to the canal: 2 placed, fit 34. Clarke can only work Wednesday
 * evenings, which no placement runs; Davies has no assessment and is not proposed at all.
 */
async function placedCase() {
  const canal = await core.ok(
    'placements.save',
    placementInput({
      name: 'Canal Clean-up',
      area: 'Eastgate',
      sessions: ['SUN_MORNING'],
      skills: [],
      features: [],
      capacity: 1,
    }),
  );
  const garden = await core.ok('placements.save', placementInput({ capacity: 1 }));
  const adams = await ready(core, office, {
    person: { familyName: 'Adams' },
    order: { sentenceDate: '2026-10-01' },
  });
  const baker = await ready(core, office, {
    person: { familyName: 'Baker' },
    order: { sentenceDate: '2026-10-05' },
    induction: { availability: ['SAT_MORNING'] },
  });
  const clarke = await ready(core, office, {
    person: { familyName: 'Clarke' },
    order: { sentenceDate: '2026-10-07' },
    induction: { availability: ['WED_EVENING'] },
  });
  const davies = await newOrder(core, office, {
    person: { familyName: 'Davies' },
    order: { sentenceDate: '2026-09-01' },
  });
  await core.ok('induction.record', induction(davies.id, office.supervisor.id));
  return { canal: canal.id, garden: garden.id, adams, baker, clarke, davies };
}

describe('allocation.propose', () => {
  it('places more people than first come, first served', async () => {
    const c = await placedCase();
    expect(await core.ok('allocation.propose', {})).toEqual({
      waiting: 3,
      placed: 2,
      totalFit: 34,
      assignments: [
        {
          orderId: c.adams.id,
          personName: 'Adams, Jordan',
          caseReference: c.adams.caseReference,
          placementId: c.canal,
          placementName: 'Canal Clean-up',
          score: 2,
          reasons: ['Available for 1 of its session times'],
        },
        {
          orderId: c.baker.id,
          personName: 'Baker, Jordan',
          caseReference: c.baker.caseReference,
          placementId: c.garden,
          placementName: 'Riverside Garden',
          score: 32,
          reasons: gardenReasons,
        },
      ],
      unassigned: [
        {
          orderId: c.clarke.id,
          personName: 'Clarke, Jordan',
          reason:
            'No placement allows this person: No shared availability: the placement runs Sunday morning (nearest: Canal Clean-up)',
        },
      ],
    });
    expect(countRows(core, 'allocations')).toBe(0);
  });

  it('finds the best total fit when everyone can be placed', async () => {
    // Adams: garden 25 (10 skill + 8 own transport + 5 contact + 2 time), decorating 20
    // (10 + 8 + 2). Baker: garden 32, decorating 2. First come, first served: 25 + 2 = 27.
    // The optimum: 20 + 32 = 52.
    const garden = await core.ok('placements.save', placementInput({ capacity: 1 }));
    const hall = await core.ok(
      'placements.save',
      placementInput({
        name: 'Town Hall Decorating',
        area: 'Eastgate',
        skills: ['DECORATING'],
        features: [],
        capacity: 1,
      }),
    );
    const adams = await ready(core, office, {
      person: { familyName: 'Adams' },
      order: { sentenceDate: '2026-10-01' },
      induction: {
        availability: ['SAT_MORNING'],
        skills: ['GARDENING', 'DECORATING'],
        transport: 'OWN',
        homeArea: 'Southend',
      },
    });
    const baker = await ready(core, office, {
      person: { familyName: 'Baker' },
      order: { sentenceDate: '2026-10-05' },
    });
    const proposal = await core.ok('allocation.propose', {});
    expect(proposal).toMatchObject({ waiting: 2, placed: 2, totalFit: 52, unassigned: [] });
    expect(proposal.assignments.map((a) => [a.orderId, a.placementId, a.score, a.reasons])).toEqual(
      [
        [
          adams.id,
          hall.id,
          20,
          [
            'Skills: Painting and decorating',
            'Own transport',
            'Available for 1 of its session times',
          ],
        ],
        [baker.id, garden.id, 32, gardenReasons],
      ],
    );
  });
});

describe('allocation.accept', () => {
  it('writes every pair, ranked, with the batch reason for a lower rank', async () => {
    const c = await placedCase();
    expect(
      await core.ok('allocation.accept', {
        assignments: [
          { orderId: c.adams.id, placementId: c.canal },
          { orderId: c.baker.id, placementId: c.garden },
        ],
      }),
    ).toEqual({ allocated: 2 });
    expect(
      rowsOf(
        core,
        'SELECT order_id, placement_id, risk_assessment_id AS assessment, fit_score, rank, reason, method, allocated_on, ended_on FROM allocations ORDER BY id',
      ),
    ).toEqual([
      {
        order_id: c.adams.id,
        placement_id: c.canal,
        assessment: 1,
        fit_score: 2,
        rank: 2,
        reason: 'Batch allocation: the best fit for everyone waiting, under the places available',
        method: 'BATCH',
        allocated_on: '2026-11-26',
        ended_on: null,
      },
      {
        order_id: c.baker.id,
        placement_id: c.garden,
        assessment: 2,
        fit_score: 32,
        rank: 1,
        reason: null,
        method: 'BATCH',
        allocated_on: '2026-11-26',
        ended_on: null,
      },
    ]);
    // Allocated orders leave the proposal.
    expect(await core.ok('allocation.propose', {})).toMatchObject({ waiting: 1, placed: 0 });
  });

  it.each<[string, (c: Awaited<ReturnType<typeof placedCase>>) => number[][], string, string]>([
    [
      'a pair the rules refuse',
      (c) => [
        [c.adams.id, c.garden],
        [c.baker.id, c.canal],
      ],
      'assignments.1',
      'Row 2 (Baker, Jordan): Canal Clean-up cannot take this person',
    ],
    [
      'more pairs than a placement has places left',
      (c) => [
        [c.adams.id, c.garden],
        [c.baker.id, c.garden],
      ],
      'assignments.1',
      'Row 2 (Baker, Jordan): Riverside Garden has no places left',
    ],
    [
      'a person without an assessment',
      (c) => [
        [c.adams.id, c.canal],
        [c.davies.id, c.garden],
      ],
      'assignments.1',
      `Row 2 (Davies, Jordan): ${noAssessmentMessage}`,
    ],
    [
      'the same person twice',
      (c) => [
        [c.baker.id, c.garden],
        [c.baker.id, c.canal],
      ],
      'assignments.1',
      'Row 2 (Baker, Jordan): not waiting for a placement, or chosen twice',
    ],
    [
      'a placement that does not exist',
      (c) => [[c.adams.id, 99]],
      'assignments.0',
      'Row 1 (Adams, Jordan): the placement is not one of the active placements',
    ],
    [
      'an order that does not exist',
      (c) => [
        [c.adams.id, c.canal],
        [c.baker.id, c.garden],
        [99, c.garden],
      ],
      'assignments.2',
      'Row 3: not waiting for a placement, or chosen twice',
    ],
  ])('writes none when one pair is wrong: %s', async (_name, pairs, field, message) => {
    const c = await placedCase();
    const assignments = pairs(c).map(([orderId, placementId]) => ({
      orderId: orderId!,
      placementId: placementId!,
    }));
    expect(await core.call('allocation.accept', { assignments })).toEqual(
      validation({ [field]: message }),
    );
    expect(countRows(core, 'allocations')).toBe(0);
  });

  it('counts the places already taken', async () => {
    const c = await placedCase();
    await core.ok('placements.save', placementInput({ id: c.garden, capacity: 2 }));
    await core.ok('allocation.allocate', { orderId: c.adams.id, placementId: c.garden });
    const extra = await ready(core, office, { person: { familyName: 'Evans' } });
    const envelope = await core.call('allocation.accept', {
      assignments: [
        { orderId: c.baker.id, placementId: c.garden },
        { orderId: extra.id, placementId: c.garden },
      ],
    });
    expect(envelope).toEqual(
      validation({ 'assignments.1': 'Row 2 (Evans, Jordan): Riverside Garden has no places left' }),
    );
    expect(rowsOf(core, 'SELECT order_id FROM allocations')).toEqual([{ order_id: c.adams.id }]);
    await core.ok('allocation.accept', {
      assignments: [{ orderId: c.baker.id, placementId: c.garden }],
    });
    expect(countRows(core, 'allocations')).toBe(2);
  });
});
