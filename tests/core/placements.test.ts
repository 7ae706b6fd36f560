import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { testCore, type TestCore } from '../support/core';
import {
  placementInput,
  placementOffice,
  readyOrder,
  validation,
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

const flagLabels =
  'Sexual offending, Risk to children, Risk to vulnerable adults, Violence, Hate-based attitudes, Arson, Risk to staff, Risk to women';

describe('placements.save', () => {
  it('adds a placement, in date and with nobody allocated', async () => {
    const saved = await core.ok(
      'placements.save',
      placementInput({ contactEmail: 'helen@riverside.example', contactPhone: '' }),
    );
    expect(saved).toEqual({
      id: 1,
      name: 'Riverside Garden',
      beneficiary: 'Riverside Community Trust',
      contactName: 'Helen Moss',
      contactPhone: null,
      contactEmail: 'helen@riverside.example',
      address: '1 River Lane, Northvale',
      area: 'Northvale',
      type: 'GROUP',
      sessions: ['SAT_MORNING'],
      startTime: '09:00',
      endTime: '13:00',
      capacity: 6,
      maxRiskLevel: 'MEDIUM',
      excludedFlags: [],
      suits: [],
      features: ['BENEFICIARY_CONTACT'],
      skills: ['GARDENING'],
      transportProvided: false,
      healthAndSafetyAssessedOn: '2026-06-01',
      healthAndSafetyReviewDue: '2027-06-01',
      healthAndSafetyNotes: null,
      active: true,
      allocated: 0,
      places: 6,
      healthAndSafetyInDate: true,
    });
    expect(
      rowsOf(core, 'SELECT name, sessions, capacity, active, contact_phone FROM placements'),
    ).toEqual([
      {
        name: 'Riverside Garden',
        sessions: '["SAT_MORNING"]',
        capacity: 6,
        active: 1,
        contact_phone: null,
      },
    ]);
  });

  it('changes a placement by id, and gives NOT_FOUND for one that does not exist', async () => {
    const saved = await core.ok('placements.save', placementInput());
    const changed = await core.ok(
      'placements.save',
      placementInput({ id: saved.id, capacity: 8, active: false, excludedFlags: ['ARSON'] }),
    );
    expect(changed).toMatchObject({ id: saved.id, capacity: 8, active: false });
    expect(rowsOf(core, 'SELECT capacity, active, excluded_flags FROM placements')).toEqual([
      { capacity: 8, active: 0, excluded_flags: '["ARSON"]' },
    ]);
    expect(await core.call('placements.save', placementInput({ id: 99 }))).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'The placement was not found. It may have been removed.',
      },
    });
    expect(countRows(core, 'placements')).toBe(1);
  });

  it('lists active placements first, then by name', async () => {
    await core.ok('placements.save', placementInput({ name: 'Canal Clean-up', active: false }));
    await core.ok('placements.save', placementInput({ name: 'Town Hall Decorating' }));
    await core.ok('placements.save', placementInput({ name: 'Allotments' }));
    const list = await core.ok('placements.list', {});
    expect(list.map((p) => [p.name, p.active])).toEqual([
      ['Allotments', true],
      ['Town Hall Decorating', true],
      ['Canal Clean-up', false],
    ]);
  });

  it.each<[string, Partial<InputOf<'placements.save'>>, Record<string, string>]>([
    [
      'a review date before the assessment date',
      { healthAndSafetyAssessedOn: '2026-06-01', healthAndSafetyReviewDue: '2026-05-31' },
      {
        healthAndSafetyReviewDue: 'Health and safety review date must be after the assessment date',
      },
    ],
    [
      'a review date on the assessment date',
      { healthAndSafetyReviewDue: '2026-06-01' },
      {
        healthAndSafetyReviewDue: 'Health and safety review date must be after the assessment date',
      },
    ],
    [
      'capacity 0',
      { capacity: 0 },
      { capacity: 'Capacity per session must be a whole number from 1 to 60' },
    ],
    [
      'capacity 61',
      { capacity: 61 },
      { capacity: 'Capacity per session must be a whole number from 1 to 60' },
    ],
    [
      'an end time before the start',
      { startTime: '13:00', endTime: '09:00' },
      { endTime: 'End time must be after the start time' },
    ],
    [
      'an end time equal to the start',
      { startTime: '09:00', endTime: '09:00' },
      { endTime: 'End time must be after the start time' },
    ],
    [
      'an excluded flag not in the list',
      { excludedFlags: ['SHOPLIFTING' as 'ARSON'] },
      { 'excludedFlags.0': `Risk flags it cannot take: each must be one of: ${flagLabels}` },
    ],
    [
      'no session times',
      { sessions: [] },
      { sessions: 'Sessions: choose at least one day and time the placement runs' },
    ],
    [
      'a health and safety assessment in the future',
      { healthAndSafetyAssessedOn: '2026-11-27', healthAndSafetyReviewDue: '2027-11-27' },
      {
        healthAndSafetyAssessedOn: 'Health and safety assessment date cannot be in the future',
      },
    ],
  ])('refuses %s and writes nothing', async (_name, change, fields) => {
    expect(await core.call('placements.save', placementInput(change))).toEqual(validation(fields));
    expect(countRows(core, 'placements')).toBe(0);
  });
});

describe('placements.reviewHealthAndSafety', () => {
  it('moves the dates and brings an out-of-date placement back in date', async () => {
    const { id } = await core.ok(
      'placements.save',
      placementInput({
        healthAndSafetyAssessedOn: '2025-11-25',
        healthAndSafetyReviewDue: '2026-11-25',
        healthAndSafetyNotes: 'Old notes',
      }),
    );
    expect(await core.ok('placements.get', { id })).toMatchObject({
      healthAndSafetyInDate: false,
    });
    const reviewed = await core.ok('placements.reviewHealthAndSafety', {
      id,
      assessedOn: '2026-11-26',
      reviewDue: '2027-11-26',
      notes: 'Hedge trimmer guard replaced',
    });
    expect(reviewed).toMatchObject({
      healthAndSafetyAssessedOn: '2026-11-26',
      healthAndSafetyReviewDue: '2027-11-26',
      healthAndSafetyNotes: 'Hedge trimmer guard replaced',
      healthAndSafetyInDate: true,
    });
    expect(
      rowsOf(
        core,
        'SELECT health_and_safety_assessed_on AS assessed, health_and_safety_review_due AS due, health_and_safety_notes AS notes FROM placements',
      ),
    ).toEqual([
      { assessed: '2026-11-26', due: '2027-11-26', notes: 'Hedge trimmer guard replaced' },
    ]);
  });

  it('counts a review due today as in date', async () => {
    const saved = await core.ok(
      'placements.save',
      placementInput({
        healthAndSafetyAssessedOn: '2025-11-26',
        healthAndSafetyReviewDue: '2026-11-26',
      }),
    );
    expect(saved.healthAndSafetyInDate).toBe(true);
  });

  it.each<[string, Partial<InputOf<'placements.reviewHealthAndSafety'>>, Record<string, string>]>([
    [
      'a next review before the review',
      { reviewDue: '2026-11-20' },
      { reviewDue: 'Next review date must be after the date of review' },
    ],
    [
      'a review in the future',
      { assessedOn: '2026-11-27', reviewDue: '2027-11-27' },
      { assessedOn: 'Date of review cannot be in the future' },
    ],
  ])('refuses %s and changes nothing', async (_name, change, fields) => {
    const { id } = await core.ok('placements.save', placementInput());
    expect(
      await core.call('placements.reviewHealthAndSafety', {
        id,
        assessedOn: '2026-11-26',
        reviewDue: '2027-11-26',
        ...change,
      }),
    ).toEqual(validation(fields));
    expect(
      rowsOf(
        core,
        'SELECT health_and_safety_assessed_on AS assessed, health_and_safety_review_due AS due FROM placements',
      ),
    ).toEqual([{ assessed: '2026-06-01', due: '2027-06-01' }]);
  });

  it('gives NOT_FOUND for a placement that does not exist', async () => {
    expect(
      await core.call('placements.reviewHealthAndSafety', {
        id: 5,
        assessedOn: '2026-11-26',
        reviewDue: '2027-11-26',
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'The placement was not found. It may have been removed.',
      },
    });
  });
});

describe('allocated', () => {
  it('counts current allocations only', async () => {
    const garden = await core.ok('placements.save', placementInput());
    const canal = await core.ok(
      'placements.save',
      placementInput({ name: 'Canal Clean-up', area: 'Eastgate', skills: [], features: [] }),
    );
    const first = await readyOrder(core, office);
    const second = await readyOrder(core, office);
    await core.ok('allocation.allocate', { orderId: first.id, placementId: garden.id });
    await core.ok('allocation.allocate', { orderId: second.id, placementId: garden.id });
    expect(await core.ok('placements.get', { id: garden.id })).toMatchObject({ allocated: 2 });
    await core.ok('allocation.allocate', {
      orderId: second.id,
      placementId: canal.id,
      reason: 'Closer to home',
    });
    const list = await core.ok('placements.list', {});
    expect(list.map((p) => [p.name, p.allocated])).toEqual([
      ['Canal Clean-up', 1],
      ['Riverside Garden', 1],
    ]);
    expect(countRows(core, 'allocations')).toBe(3);
  });
});
