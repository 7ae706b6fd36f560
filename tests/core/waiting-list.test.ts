import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitingStatus } from '../../electron/core/allocation/waiting';
import { defaultPolicy, type Policy } from '../../shared/policy';
import { testCore, type TestCore } from '../support/core';
import {
  assessment,
  attended,
  induction,
  newOrder,
  placementInput,
  placementOffice,
  readyOrder,
  type Office,
} from './fixtures-placements';
import { executeBehind } from './helpers';

type Order = Parameters<typeof waitingStatus>[0];
const order = (o: Partial<Order> = {}): Order => ({
  sentenceDate: '2026-12-22',
  assessed: false,
  inductedOn: null,
  attendedPpws: false,
  ...o,
});

describe('waitingStatus', () => {
  // Sentenced Tuesday 22/12/2026. Working days after it: 23, 24, (25 Christmas, 26–27 weekend,
  // 28 Boxing Day substitute) 29, 30, 31 → induction due 31/12 (5th); (1/1 New Year, 2–3
  // weekend) 4, 5, 6, 7, 8 January → first session due 08/01/2027 (10th).
  const due = { inductionDue: '2026-12-31', firstSessionDue: '2027-01-08' };

  it.each<[string, Partial<Order>, string, Record<string, unknown>]>([
    ['the next day', {}, '2026-12-23', { stage: 'ASSESSMENT', workingDaysOverdue: 0 }],
    ['on the induction due date', {}, '2026-12-31', { workingDaysOverdue: 0 }],
    // 1 January is a holiday and 2–3 a weekend: Monday 4th is the first day late.
    ['over New Year', {}, '2027-01-03', { workingDaysOverdue: 0, daysSinceSentence: 12 }],
    ['on the Monday after', {}, '2027-01-04', { workingDaysOverdue: 1, daysSinceSentence: 13 }],
    // Induction late 4, 5, 6, 7, 8, 11 = 6; first session late 11 = 1: the larger counts.
    [
      'a week later',
      { assessed: true },
      '2027-01-11',
      { stage: 'INDUCTION', workingDaysOverdue: 6 },
    ],
    [
      'inducted late, no PPWS yet',
      { assessed: true, inductedOn: '2027-01-04' },
      '2027-01-11',
      { stage: 'PPWS', workingDaysOverdue: 1, daysSinceInduction: 7 },
    ],
    [
      'inducted and PPWS attended',
      { assessed: true, inductedOn: '2027-01-04', attendedPpws: true },
      '2027-01-20',
      { stage: 'ALLOCATION', workingDaysOverdue: 0, daysSinceSentence: 29 },
    ],
    [
      'inducted and PPWS attended, but no assessment',
      { inductedOn: '2026-12-23', attendedPpws: true },
      '2027-01-20',
      { stage: 'ASSESSMENT', workingDaysOverdue: 0, daysSinceInduction: 28 },
    ],
  ])('sentenced 22/12/2026, %s', (_name, o, today, expected) => {
    const status = waitingStatus(order(o), today, defaultPolicy);
    expect(status).toMatchObject({ ...due, ...expected });
    if (!o.inductedOn) expect(status.daysSinceInduction).toBeNull();
  });

  it.each([
    // Wednesday before Easter 2027: Good Friday 26/03 and Easter Monday 29/03 are holidays.
    ['2027-03-24', '2027-04-02', '2027-04-09'],
    // Saturday: counting starts on Monday.
    ['2026-11-28', '2026-12-04', '2026-12-11'],
    // Thursday 24/12/2026: 29, 30, 31, 4, 5 | 6, 7, 8, 11, 12.
    ['2026-12-24', '2027-01-05', '2027-01-12'],
    // Friday before the spring bank holiday, Monday 31/05/2027.
    ['2027-05-28', '2027-06-07', '2027-06-14'],
  ])('sentenced %s: induction due %s, first session %s', (sentenceDate, inductionDue, first) => {
    expect(waitingStatus(order({ sentenceDate }), sentenceDate, defaultPolicy)).toEqual({
      stage: 'ASSESSMENT',
      inductionDue,
      firstSessionDue: first,
      daysSinceSentence: 0,
      daysSinceInduction: null,
      workingDaysOverdue: 0,
    });
  });

  it('follows the policy targets', () => {
    // Policy is typed as the defaults' literal values, so another area's setting needs a cast.
    const policy = { workingDaysToInduction: 3, workingDaysToFirstSession: 7 } as unknown as Policy;
    const status = waitingStatus(order(), '2027-01-04', policy);
    // 23, 24, 29 | 30, 31, 4, 5: induction late 30, 31, 4 = 3.
    expect(status).toMatchObject({
      inductionDue: '2026-12-29',
      firstSessionDue: '2027-01-05',
      workingDaysOverdue: 3,
    });
  });
});

describe('allocation.waitingList', () => {
  let core: TestCore;
  let office: Office;

  beforeEach(async () => {
    core = await testCore();
    office = await placementOffice(core);
  });

  afterEach(() => core.close());

  it('lists live unallocated orders by stage, most overdue first', async () => {
    const garden = await core.ok('placements.save', placementInput());
    const ppws = await core.ok(
      'placements.save',
      placementInput({
        name: 'Depot PPWS',
        type: 'INDUCTION_PPWS',
        sessions: ['TUE_MORNING'],
        capacity: 12,
        maxRiskLevel: 'VERY_HIGH',
      }),
    );
    const ppwsSession = async (date: string) =>
      (
        await core.ok('sessions.create', {
          placementId: ppws.id,
          date,
          startTime: '10:00',
          endTime: '13:00',
          leaderId: office.supervisor.id,
          capacity: 10,
        })
      ).id;
    // Adams: sentenced Monday 02/11, never assessed. Due 09/11 and 16/11; 13 working days late.
    const adams = await newOrder(core, office, {
      person: { familyName: 'Adams' },
      order: { sentenceDate: '2026-11-02' },
    });
    // Baker: sentenced 16/11, assessed, not inducted. Due 23/11: 24, 25, 26 late = 3.
    const baker = await newOrder(core, office, {
      person: { familyName: 'Baker' },
      order: { sentenceDate: '2026-11-16' },
    });
    await core.ok('risk.record', assessment(baker.id, { level: 'MEDIUM' }));
    // Clarke: sentenced 01/10, inducted 05/10, missed the PPWS. First session due 15/10:
    // 16/10 to 26/11 is 30 working days.
    const clarke = await newOrder(core, office, {
      person: { familyName: 'Clarke' },
      order: { sentenceDate: '2026-10-01' },
    });
    await core.ok('risk.record', assessment(clarke.id, { assessedOn: '2026-10-02' }));
    await core.ok(
      'induction.record',
      induction(clarke.id, office.supervisor.id, { inductedOn: '2026-10-05' }),
    );
    const missed = await ppwsSession('2026-10-13');
    await core.ok('sessions.book', { sessionId: missed, orderId: clarke.id });
    await core.ok('sessions.recordRegister', {
      sessionId: missed,
      rows: [{ orderId: clarke.id, outcome: 'UACP' }],
    });
    // Davies: sentenced Friday 20/11, inducted 24/11, attended the PPWS 25/11: nothing late.
    const davies = await readyOrder(core, office, {
      person: { familyName: 'Davies' },
      order: { sentenceDate: '2026-11-20' },
      risk: { level: 'HIGH' },
      induction: { inductedOn: '2026-11-24' },
    });
    const came = await ppwsSession('2026-11-25');
    await core.ok('sessions.book', { sessionId: came, orderId: davies.id });
    await core.ok('sessions.recordRegister', {
      sessionId: came,
      rows: [attended(davies.id, { arrivedAt: '10:00' })],
    });
    // Evans is allocated and Foster's order has ended: neither is waiting.
    const evans = await readyOrder(core, office, {
      person: { familyName: 'Evans' },
      order: { sentenceDate: '2026-09-01' },
    });
    await core.ok('allocation.allocate', { orderId: evans.id, placementId: garden.id });
    const foster = await newOrder(core, office, {
      person: { familyName: 'Foster' },
      order: { sentenceDate: '2026-09-01' },
    });
    executeBehind(core, `UPDATE orders SET status = 'REVOKED' WHERE id = ${foster.id}`);

    const list = await core.ok('allocation.waitingList', {});
    expect(list).toEqual([
      {
        orderId: clarke.id,
        personId: clarke.personId,
        personName: 'Clarke, Jordan',
        caseReference: clarke.caseReference,
        sentenceDate: '2026-10-01',
        stage: 'PPWS',
        riskLevel: 'LOW',
        inductedOn: '2026-10-05',
        daysSinceSentence: 56,
        daysSinceInduction: 52,
        inductionDue: '2026-10-08',
        firstSessionDue: '2026-10-15',
        workingDaysOverdue: 30,
      },
      {
        orderId: adams.id,
        personId: adams.personId,
        personName: 'Adams, Jordan',
        caseReference: adams.caseReference,
        sentenceDate: '2026-11-02',
        stage: 'ASSESSMENT',
        riskLevel: null,
        inductedOn: null,
        daysSinceSentence: 24,
        daysSinceInduction: null,
        inductionDue: '2026-11-09',
        firstSessionDue: '2026-11-16',
        workingDaysOverdue: 13,
      },
      expect.objectContaining({
        orderId: baker.id,
        stage: 'INDUCTION',
        riskLevel: 'MEDIUM',
        inductionDue: '2026-11-23',
        firstSessionDue: '2026-11-30',
        workingDaysOverdue: 3,
      }),
      expect.objectContaining({
        orderId: davies.id,
        stage: 'ALLOCATION',
        riskLevel: 'HIGH',
        inductedOn: '2026-11-24',
        daysSinceSentence: 6,
        daysSinceInduction: 2,
        inductionDue: '2026-11-27',
        firstSessionDue: '2026-12-04',
        workingDaysOverdue: 0,
      }),
    ]);
  });

  it('breaks a tie on the earlier sentence', async () => {
    const later = await newOrder(core, office, { order: { sentenceDate: '2026-11-25' } });
    const earlier = await newOrder(core, office, { order: { sentenceDate: '2026-11-24' } });
    const list = await core.ok('allocation.waitingList', {});
    expect(list.map((w) => [w.orderId, w.workingDaysOverdue])).toEqual([
      [earlier.id, 0],
      [later.id, 0],
    ]);
  });
});
