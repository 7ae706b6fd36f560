import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { testCore, type TestCore } from '../support/core';
import {
  assessment,
  induction,
  newOrder,
  placementOffice,
  rule,
  validation,
  type Office,
} from './fixtures-placements';
import { countRows, executeBehind, rowsOf } from './helpers';

let core: TestCore;
let office: Office;
let orderId: number;

beforeEach(async () => {
  core = await testCore();
  office = await placementOffice(core);
  orderId = (await newOrder(core, office)).id;
});

afterEach(() => core.close());

const flagLabels =
  'Sexual offending, Risk to children, Risk to vulnerable adults, Violence, Hate-based attitudes, Arson, Risk to staff, Risk to women';

describe('risk.record', () => {
  it('keeps every assessment, newest first, the first one current', async () => {
    const first = await core.ok(
      'risk.record',
      assessment(orderId, { assessedOn: '2026-02-01', level: 'LOW', notes: '  First  ' }),
    );
    expect(first).toEqual({
      id: 1,
      orderId,
      level: 'LOW',
      flags: [],
      restrictions: [],
      exclusionArea: null,
      kind: 'FULL',
      assessor: 'Sarah Hughes',
      assessedOn: '2026-02-01',
      notes: 'First',
      current: true,
    });
    const again = await core.ok(
      'risk.record',
      assessment(orderId, {
        assessedOn: '2026-06-01',
        level: 'HIGH',
        flags: ['VIOLENCE', 'RISK_TO_STAFF'],
        restrictions: ['VICTIM_EXCLUSION_AREA', 'GROUP_ONLY'],
        exclusionArea: 'Eastgate',
      }),
    );
    expect(again).toMatchObject({ id: 2, level: 'HIGH', exclusionArea: 'Eastgate', current: true });
    // Entered last but dated earliest: it goes to the end of the history.
    await core.ok('risk.record', assessment(orderId, { assessedOn: '2026-01-20' }));
    const history = await core.ok('risk.history', { orderId });
    expect(history.map((a) => [a.id, a.assessedOn, a.current])).toEqual([
      [2, '2026-06-01', true],
      [1, '2026-02-01', false],
      [3, '2026-01-20', false],
    ]);
    expect(history[0]).toMatchObject({
      flags: ['VIOLENCE', 'RISK_TO_STAFF'],
      restrictions: ['VICTIM_EXCLUSION_AREA', 'GROUP_ONLY'],
    });
    expect(
      rowsOf(
        core,
        'SELECT id, level, flags, restrictions, exclusion_area FROM risk_assessments ORDER BY id',
      ),
    ).toEqual([
      { id: 1, level: 'LOW', flags: '[]', restrictions: '[]', exclusion_area: null },
      {
        id: 2,
        level: 'HIGH',
        flags: '["VIOLENCE","RISK_TO_STAFF"]',
        restrictions: '["VICTIM_EXCLUSION_AREA","GROUP_ONLY"]',
        exclusion_area: 'Eastgate',
      },
      { id: 3, level: 'LOW', flags: '[]', restrictions: '[]', exclusion_area: null },
    ]);
  });

  it('puts a same-day correction first', async () => {
    await core.ok('risk.record', assessment(orderId, { level: 'HIGH' }));
    await core.ok('risk.record', assessment(orderId, { level: 'MEDIUM' }));
    const history = await core.ok('risk.history', { orderId });
    expect(history.map((a) => [a.id, a.level, a.current])).toEqual([
      [2, 'MEDIUM', true],
      [1, 'HIGH', false],
    ]);
  });

  it('gives an empty history before any assessment, NOT_FOUND for no order', async () => {
    expect(await core.ok('risk.history', { orderId })).toEqual([]);
    expect(await core.call('risk.history', { orderId: 99 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The order was not found. It may have been removed.' },
    });
  });

  it.each<[string, Partial<InputOf<'risk.record'>>, Record<string, string>]>([
    [
      'a date in the future',
      { assessedOn: '2026-11-27' },
      { assessedOn: 'Date assessed cannot be in the future' },
    ],
    [
      'a date before the sentence',
      { assessedOn: '2026-01-14' },
      { assessedOn: 'Date assessed cannot be before the sentence date' },
    ],
    [
      'a risk flag not in the list',
      { flags: ['VIOLENCE', 'KNIFE' as 'VIOLENCE'] },
      { 'flags.1': `Risk flags: each must be one of: ${flagLabels}` },
    ],
    [
      'a victim exclusion area restriction without the area',
      { restrictions: ['VICTIM_EXCLUSION_AREA'] },
      { exclusionArea: 'Exclusion area is required with a victim exclusion area restriction' },
    ],
    [
      'an exclusion area without the restriction',
      { exclusionArea: 'Eastgate' },
      { exclusionArea: 'Exclusion area is only for a victim exclusion area restriction' },
    ],
    [
      'group only and individual only together',
      { restrictions: ['GROUP_ONLY', 'INDIVIDUAL_ONLY'] },
      { restrictions: 'Restrictions cannot be both group only and individual only' },
    ],
    [
      'the same flag twice',
      { flags: ['ARSON', 'ARSON'] },
      { flags: 'Risk flags: each may be chosen only once' },
    ],
    ['no assessor', { assessor: '  ' }, { assessor: 'Assessor is required' }],
  ])('refuses %s and writes nothing', async (_name, change, fields) => {
    expect(await core.call('risk.record', assessment(orderId, change))).toEqual(validation(fields));
    expect(countRows(core, 'risk_assessments')).toBe(0);
  });

  it('refuses an order that has ended', async () => {
    executeBehind(core, `UPDATE orders SET status = 'COMPLETED', ended_on = '2026-11-01'`);
    expect(await core.call('risk.record', assessment(orderId))).toEqual(
      rule('This order has ended; it cannot be changed.'),
    );
    expect(countRows(core, 'risk_assessments')).toBe(0);
  });
});

describe('induction.record', () => {
  it('records the interview with who did it', async () => {
    const recorded = await core.ok(
      'induction.record',
      induction(orderId, office.supervisor.id, { gloveSize: '', health: ' Asthma ' }),
    );
    expect(recorded).toEqual({
      id: 1,
      orderId,
      inductedOn: '2026-11-23',
      inductedBy: office.supervisor.id,
      inductedByName: 'Gareth Lewis',
      availability: ['SAT_MORNING', 'SUN_MORNING'],
      health: 'Asthma',
      wheelchairUser: false,
      caringDuties: null,
      transport: 'PUBLIC',
      homeArea: 'Northvale',
      reading: 'NO_DIFFICULTY',
      writing: 'NO_DIFFICULTY',
      numeracy: 'NO_DIFFICULTY',
      skills: ['GARDENING'],
      workHistory: null,
      employabilityNeed: false,
      employabilityNotes: null,
      religiousObservance: null,
      languageNeeds: null,
      preference: 'NONE',
      clothingSize: 'L',
      footwearSize: '10',
      gloveSize: null,
      healthAndSafetyBriefed: true,
    });
    expect(
      rowsOf(core, 'SELECT order_id, inducted_by, availability, glove_size FROM inductions'),
    ).toEqual([
      {
        order_id: orderId,
        inducted_by: office.supervisor.id,
        availability: '["SAT_MORNING","SUN_MORNING"]',
        glove_size: null,
      },
    ]);
  });

  it('gives the latest by date, not by entry', async () => {
    expect(await core.ok('induction.latest', { orderId })).toBeNull();
    await core.ok(
      'induction.record',
      induction(orderId, office.supervisor.id, { inductedOn: '2026-03-01', clothingSize: 'M' }),
    );
    await core.ok(
      'induction.record',
      induction(orderId, office.administrator.id, {
        inductedOn: '2026-02-01',
        clothingSize: 'XL',
      }),
    );
    expect(await core.ok('induction.latest', { orderId })).toMatchObject({
      id: 1,
      inductedOn: '2026-03-01',
      clothingSize: 'M',
      inductedByName: 'Gareth Lewis',
    });
    await core.ok(
      'induction.record',
      induction(orderId, office.administrator.id, { inductedOn: '2026-03-01', clothingSize: 'S' }),
    );
    expect(await core.ok('induction.latest', { orderId })).toMatchObject({
      id: 3,
      clothingSize: 'S',
      inductedByName: 'Priya Shah',
    });
    expect(countRows(core, 'inductions')).toBe(3);
  });

  const inPost = 'Member of staff must be one of the Unpaid Work staff in post';

  it.each<[string, Partial<InputOf<'induction.record'>>, Record<string, string>]>([
    [
      'availability with no slot',
      { availability: [] },
      { availability: 'Availability: choose at least one day and time the person can work' },
    ],
    [
      'a date in the future',
      { inductedOn: '2026-11-27' },
      { inductedOn: 'Date of induction cannot be in the future' },
    ],
    [
      'a date before the sentence',
      { inductedOn: '2026-01-14' },
      { inductedOn: 'Date of induction cannot be before the sentence date' },
    ],
    ['a member of staff who does not exist', { inductedBy: 99 }, { inductedBy: inPost }],
    ['no clothing size', { clothingSize: '' }, { clothingSize: 'Clothing size is required' }],
  ])('refuses %s and writes nothing', async (_name, change, fields) => {
    expect(
      await core.call('induction.record', induction(orderId, office.supervisor.id, change)),
    ).toEqual(validation(fields));
    expect(countRows(core, 'inductions')).toBe(0);
  });

  it('refuses a case manager, or a supervisor no longer in post, as the interviewer', async () => {
    const envelope = await core.call('induction.record', induction(orderId, office.caseManager.id));
    expect(envelope).toEqual(validation({ inductedBy: inPost }));
    await core.ok('staff.save', { ...office.supervisor, active: false });
    expect(await core.call('induction.record', induction(orderId, office.supervisor.id))).toEqual(
      validation({ inductedBy: inPost }),
    );
    expect(countRows(core, 'inductions')).toBe(0);
  });

  it('refuses an order that has ended', async () => {
    executeBehind(core, `UPDATE orders SET status = 'REVOKED', ended_on = '2026-11-01'`);
    expect(await core.call('induction.record', induction(orderId, office.supervisor.id))).toEqual(
      rule('This order has ended; it cannot be changed.'),
    );
    expect(countRows(core, 'inductions')).toBe(0);
  });
});
