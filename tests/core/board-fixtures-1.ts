import Database from 'better-sqlite3';
import type { Outcome, PlacementType } from '../../shared/placement-codes';
import { defaultPolicy } from '../../shared/policy';
import type { StandDownCause } from '../../shared/session-codes';
import { smallOffice, type TestCore } from '../support/core';

/**
 * A constructed office for the orders, stand-downs, hours offered, timeliness, risk and
 * employability sections of the Board report, written straight into the database. The report
 * is for July to September 2026 (Q3), against April to June 2026 (Q2); today is 26/11/2026.
 *
 * Policy: the defaults (minimum 6 h a week, employability 20%, completion target 75%, 5 and 10
 * working days) until a version from 01/07/2026 sets 7 h, 30% and 80%. So Q2 is judged on the
 * defaults and Q3 on the new version (the policy in force on each period's last day).
 *
 * Bank holidays in range: Good Friday 03/04, Easter Monday 06/04, 04/05, 25/05, 31/08/2026.
 *
 * Orders (M = Northvale Magistrates' Court, C = Northvale Crown Court; CO community order,
 * SSO suspended sentence order, YRO youth rehabilitation order):
 *
 *  name    sentenced   hours req court status                ended       end date
 *  Adams   06/07/2026  100   CO  M     live
 *  Baker   15/07/2026   80   SSO M     live
 *  Clarke  27/08/2026   60   CO  C     live
 *  Davies  21/09/2026  120   YRO M     live
 *  Evans   01/07/2026   40   CO  M     completed             10/09/2026  01/07/2027 (in time)
 *  Foster  20/07/2026   50   SSO C     revoked               15/09/2026
 *  Green   10/06/2025  100   CO  M     completed             14/08/2026  10/06/2026 (late)
 *  Hughes  25/09/2025  120   SSO C     completed             25/09/2026  25/09/2026 (in time, on the day)
 *  Irwin   14/04/2026   90   CO  M     live
 *  Jones   11/05/2026   70   SSO C     breached, re-sentenced 03/08/2026
 *  King    01/06/2026  150   CO  M     transferred out       30/06/2026
 *  Lewis   01/08/2025  200   CO  M     expired               02/08/2026  01/08/2026
 *  Morgan  20/04/2025   60   CO  M     completed             20/05/2026  20/04/2026 (late)
 *  Nash    01/12/2025   40   SSO M     completed             30/04/2026  01/12/2026 (in time)
 *  Owen    05/10/2026  100   CO  M     live (after Q3: in no figure of Q3 or Q2)
 *  Price   30/06/2026   60   CO  C     live
 *  Quinn   29/09/2026   40   CO  M     live
 *
 * Placements and session times: Riverside Garden (group, 09:00–16:00, 420 m), Canal Clean-up
 * (group, 09:00–15:00, 360 m), Skills Centre (employability, 10:00–13:00, 180 m), Induction Room
 * (induction and PPWS, 09:00–12:00, 180 m).
 *
 * Sessions and bookings (outcome, credited minutes, stand-down reason):
 *  s1  Induction Room   Sat 04/07/2026  Evans ATTC 180
 *  s2  Induction Room   Mon 13/07/2026  Adams ATTC 180
 *  s3  Riverside Garden Tue 21/07/2026  Adams ATSS 60 NO_SUPERVISOR; Evans ATTC 420
 *  s4  Canal Clean-up   Tue 04/08/2026  Baker AASD 60 NO_SUPERVISOR; Irwin AASD 60 NO_SUPERVISOR
 *  s5  Riverside Garden Wed 05/08/2026  Baker ATTC 420; Green ATSH 120
 *  s6  Skills Centre    Wed 12/08/2026  Irwin ATTC 180; Hughes ATTC 180
 *  s7  Riverside Garden Tue 08/09/2026  Adams ATSS 60 WEATHER; Irwin ATSS 60 WEATHER; Clarke AFTC 360
 *  s8  Skills Centre    Wed 16/09/2026  Adams ATTC 180; Price RSOF 0
 *  s9  Canal Clean-up   Tue 29/09/2026  Price AASD 60 (no reason recorded)
 *  s10 Riverside Garden Tue 22/09/2026  Clarke (no outcome yet); Davies (no outcome yet); Hughes ATTC 420
 *  s11 Induction Room   Sat 18/04/2026  Irwin ATTC 180
 *  s12 Canal Clean-up   Tue 12/05/2026  Irwin AASD 60 NO_WORK; Jones ATSS 60 NO_WORK
 *  s13 Riverside Garden Tue 09/06/2026  Jones ATTC 420; King AAME 0
 *  s14 Skills Centre    Wed 10/06/2026  Green ATTC 180
 *  s15 Riverside Garden Tue 06/10/2026  Adams ATTC 420 (after Q3)
 *  s16 Riverside Garden Tue 17/03/2026  Green ATTC 420 (before Q2)
 *  s17 Riverside Garden Tue 16/06/2026  King ATTC 420
 *
 * Ledger adjustments: Hughes 10/07/2026 +1200 m; Lewis 01/09/2025 +600 m; Price 30/06/2026 +300 m.
 *
 * Inductions: Adams 08/07 and again 20/08, Baker 24/07, Clarke 02/09, Davies 21/09, Evans 02/07,
 * Foster 22/07, Irwin 16/04, Jones 18/05, King 10/06, Price 03/07/2026; Quinn none.
 *
 * Risk of harm assessments: Adams FULL 06/07, Baker SENTENCE_PLAN 20/07, Clarke FULL 05/09,
 * Davies SENTENCE_PLAN 22/09 and FULL 15/10, Evans FULL 01/07, Irwin FULL 15/04, Jones FULL 11/05,
 * King SENTENCE_PLAN 12/06/2026; Foster, Price and Quinn none.
 *
 * Allocations (with the assessment kept): Adams 10/07 Riverside (FULL 06/07); Baker 28/07
 * Riverside (plan 20/07); Clarke 03/09 Riverside (FULL 05/09: after!); Evans 05/07 Riverside
 * (FULL 01/07); Irwin 20/04 Canal (FULL 15/04, ended 10/08) then 10/08 Skills Centre (FULL 15/04);
 * Jones 20/05 Canal (FULL 11/05); King 11/06 Riverside (plan 12/06: after!).
 */

export const CURRENT = { kind: 'QUARTER' as const, from: '2026-07-01' };

interface OrderSpec {
  sentenced: string;
  hours: number;
  requirement: 'COMMUNITY_ORDER' | 'SUSPENDED_SENTENCE_ORDER' | 'YOUTH_REHABILITATION_ORDER';
  court: 'M' | 'C';
  status?: 'COMPLETED' | 'REVOKED' | 'BREACHED_RESENTENCED' | 'TRANSFERRED' | 'EXPIRED';
  ended?: string;
  endDate?: string;
  age?: number;
}

const orderSpecs = {
  Adams: { sentenced: '2026-07-06', hours: 100, requirement: 'COMMUNITY_ORDER', court: 'M' },
  Baker: {
    sentenced: '2026-07-15',
    hours: 80,
    requirement: 'SUSPENDED_SENTENCE_ORDER',
    court: 'M',
  },
  Clarke: { sentenced: '2026-08-27', hours: 60, requirement: 'COMMUNITY_ORDER', court: 'C' },
  Davies: {
    sentenced: '2026-09-21',
    hours: 120,
    requirement: 'YOUTH_REHABILITATION_ORDER',
    court: 'M',
    age: 17,
  },
  Evans: {
    sentenced: '2026-07-01',
    hours: 40,
    requirement: 'COMMUNITY_ORDER',
    court: 'M',
    status: 'COMPLETED',
    ended: '2026-09-10',
  },
  Foster: {
    sentenced: '2026-07-20',
    hours: 50,
    requirement: 'SUSPENDED_SENTENCE_ORDER',
    court: 'C',
    status: 'REVOKED',
    ended: '2026-09-15',
  },
  Green: {
    sentenced: '2025-06-10',
    hours: 100,
    requirement: 'COMMUNITY_ORDER',
    court: 'M',
    status: 'COMPLETED',
    ended: '2026-08-14',
  },
  Hughes: {
    sentenced: '2025-09-25',
    hours: 120,
    requirement: 'SUSPENDED_SENTENCE_ORDER',
    court: 'C',
    status: 'COMPLETED',
    ended: '2026-09-25',
  },
  Irwin: { sentenced: '2026-04-14', hours: 90, requirement: 'COMMUNITY_ORDER', court: 'M' },
  Jones: {
    sentenced: '2026-05-11',
    hours: 70,
    requirement: 'SUSPENDED_SENTENCE_ORDER',
    court: 'C',
    status: 'BREACHED_RESENTENCED',
    ended: '2026-08-03',
  },
  King: {
    sentenced: '2026-06-01',
    hours: 150,
    requirement: 'COMMUNITY_ORDER',
    court: 'M',
    status: 'TRANSFERRED',
    ended: '2026-06-30',
  },
  Lewis: {
    sentenced: '2025-08-01',
    hours: 200,
    requirement: 'COMMUNITY_ORDER',
    court: 'M',
    status: 'EXPIRED',
    ended: '2026-08-02',
  },
  Morgan: {
    sentenced: '2025-04-20',
    hours: 60,
    requirement: 'COMMUNITY_ORDER',
    court: 'M',
    status: 'COMPLETED',
    ended: '2026-05-20',
  },
  Nash: {
    sentenced: '2025-12-01',
    hours: 40,
    requirement: 'SUSPENDED_SENTENCE_ORDER',
    court: 'M',
    status: 'COMPLETED',
    ended: '2026-04-30',
  },
  Owen: { sentenced: '2026-10-05', hours: 100, requirement: 'COMMUNITY_ORDER', court: 'M' },
  Price: { sentenced: '2026-06-30', hours: 60, requirement: 'COMMUNITY_ORDER', court: 'C' },
  Quinn: { sentenced: '2026-09-29', hours: 40, requirement: 'COMMUNITY_ORDER', court: 'M' },
} satisfies Record<string, OrderSpec>;

export type Name = keyof typeof orderSpecs;

const placementSpecs = {
  Riverside: { name: 'Riverside Garden', type: 'GROUP', start: '09:00', end: '16:00' },
  Canal: { name: 'Canal Clean-up', type: 'GROUP', start: '09:00', end: '15:00' },
  Skills: { name: 'Skills Centre', type: 'EMPLOYABILITY', start: '10:00', end: '13:00' },
  Induction: { name: 'Induction Room', type: 'INDUCTION_PPWS', start: '09:00', end: '12:00' },
} satisfies Record<string, { name: string; type: PlacementType; start: string; end: string }>;

type PlacementKey = keyof typeof placementSpecs;
type Booking = [Name, Outcome | null, number, StandDownCause?];

const sessionSpecs: [PlacementKey, string, Booking[]][] = [
  ['Induction', '2026-07-04', [['Evans', 'ATTC', 180]]],
  ['Induction', '2026-07-13', [['Adams', 'ATTC', 180]]],
  [
    'Riverside',
    '2026-07-21',
    [
      ['Adams', 'ATSS', 60, 'NO_SUPERVISOR'],
      ['Evans', 'ATTC', 420],
    ],
  ],
  [
    'Canal',
    '2026-08-04',
    [
      ['Baker', 'AASD', 60, 'NO_SUPERVISOR'],
      ['Irwin', 'AASD', 60, 'NO_SUPERVISOR'],
    ],
  ],
  [
    'Riverside',
    '2026-08-05',
    [
      ['Baker', 'ATTC', 420],
      ['Green', 'ATSH', 120],
    ],
  ],
  [
    'Skills',
    '2026-08-12',
    [
      ['Irwin', 'ATTC', 180],
      ['Hughes', 'ATTC', 180],
    ],
  ],
  [
    'Riverside',
    '2026-09-08',
    [
      ['Adams', 'ATSS', 60, 'WEATHER'],
      ['Irwin', 'ATSS', 60, 'WEATHER'],
      ['Clarke', 'AFTC', 360],
    ],
  ],
  [
    'Skills',
    '2026-09-16',
    [
      ['Adams', 'ATTC', 180],
      ['Price', 'RSOF', 0],
    ],
  ],
  ['Canal', '2026-09-29', [['Price', 'AASD', 60]]],
  [
    'Riverside',
    '2026-09-22',
    [
      ['Clarke', null, 0],
      ['Davies', null, 0],
      ['Hughes', 'ATTC', 420],
    ],
  ],
  ['Induction', '2026-04-18', [['Irwin', 'ATTC', 180]]],
  [
    'Canal',
    '2026-05-12',
    [
      ['Irwin', 'AASD', 60, 'NO_WORK'],
      ['Jones', 'ATSS', 60, 'NO_WORK'],
    ],
  ],
  [
    'Riverside',
    '2026-06-09',
    [
      ['Jones', 'ATTC', 420],
      ['King', 'AAME', 0],
    ],
  ],
  ['Skills', '2026-06-10', [['Green', 'ATTC', 180]]],
  ['Riverside', '2026-10-06', [['Adams', 'ATTC', 420]]],
  ['Riverside', '2026-03-17', [['Green', 'ATTC', 420]]],
  ['Riverside', '2026-06-16', [['King', 'ATTC', 420]]],
];

const adjustments: [Name, string, number][] = [
  ['Hughes', '2026-07-10', 1200],
  ['Lewis', '2025-09-01', 600],
  ['Price', '2026-06-30', 300],
];

const inductionSpecs: [Name, string][] = [
  ['Adams', '2026-07-08'],
  ['Adams', '2026-08-20'],
  ['Baker', '2026-07-24'],
  ['Clarke', '2026-09-02'],
  ['Davies', '2026-09-21'],
  ['Evans', '2026-07-02'],
  ['Foster', '2026-07-22'],
  ['Irwin', '2026-04-16'],
  ['Jones', '2026-05-18'],
  ['King', '2026-06-10'],
  ['Price', '2026-07-03'],
];

const assessmentSpecs: [string, Name, 'FULL' | 'SENTENCE_PLAN', string][] = [
  ['AdamsFull', 'Adams', 'FULL', '2026-07-06'],
  ['BakerPlan', 'Baker', 'SENTENCE_PLAN', '2026-07-20'],
  ['ClarkeFull', 'Clarke', 'FULL', '2026-09-05'],
  ['DaviesPlan', 'Davies', 'SENTENCE_PLAN', '2026-09-22'],
  ['DaviesFull', 'Davies', 'FULL', '2026-10-15'],
  ['EvansFull', 'Evans', 'FULL', '2026-07-01'],
  ['IrwinFull', 'Irwin', 'FULL', '2026-04-15'],
  ['JonesFull', 'Jones', 'FULL', '2026-05-11'],
  ['KingPlan', 'King', 'SENTENCE_PLAN', '2026-06-12'],
];

const allocationSpecs: [Name, PlacementKey, string, string, string | null][] = [
  ['Adams', 'Riverside', '2026-07-10', 'AdamsFull', null],
  ['Baker', 'Riverside', '2026-07-28', 'BakerPlan', null],
  ['Clarke', 'Riverside', '2026-09-03', 'ClarkeFull', null],
  ['Evans', 'Riverside', '2026-07-05', 'EvansFull', null],
  ['Irwin', 'Canal', '2026-04-20', 'IrwinFull', '2026-08-10'],
  ['Irwin', 'Skills', '2026-08-10', 'IrwinFull', null],
  ['Jones', 'Canal', '2026-05-20', 'JonesFull', null],
  ['King', 'Riverside', '2026-06-11', 'KingPlan', null],
];

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Writes the data set into the core's database; returns each order's id and case reference. */
export async function boardFiguresData(core: TestCore) {
  const office = await smallOffice(core);
  const supervisor = await core.ok('staff.save', { name: 'Gareth Lewis', role: 'SUPERVISOR' });
  const db = new Database(core.databaseFile);
  const at = '2026-11-01T09:00:00.000Z';
  const references = {} as Record<Name, string>;
  const orderIds = {} as Record<Name, number>;
  try {
    db.transaction(() => {
      db.prepare(
        `INSERT INTO policy_versions (effective_from, "values", reason, created_at) VALUES (?, ?, ?, ?)`,
      ).run(
        '2026-07-01',
        JSON.stringify({
          ...defaultPolicy,
          minimumHoursPerWeek: 7,
          employabilitySharePercent: 30,
          completionTargetPercent: 80,
        }),
        'National standard adopted',
        at,
      );
      const person = db.prepare(
        `INSERT INTO people (case_reference, family_name, given_names, date_of_birth, gender,
           ethnicity, disability, religion, first_language, interpreter_needed, case_manager_id,
           search_text, created_at)
         VALUES (?, ?, 'Sam', ?, 'MALE', 'WHITE_BRITISH', 'NO', 'NONE', 'English', 0, ?, ?, ?)`,
      );
      const order = db.prepare(
        `INSERT INTO orders (person_id, court_id, sentence_date, age_at_sentence,
           hours_ordered_minutes, requirement_type, offence_category, offence, status, ended_on,
           end_date, credited_minutes, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'THEFT', 'Theft from a shop', ?, ?, ?, 0, ?)`,
      );
      Object.entries(orderSpecs).forEach(([name, spec]: [string, OrderSpec], i) => {
        const reference = `NV9${String(i + 1).padStart(5, '0')}`;
        references[name as Name] = reference;
        const age = spec.age ?? 30;
        const born = `${Number(spec.sentenced.slice(0, 4)) - age - 1}-12-31`;
        const personId = person.run(
          reference,
          name,
          born,
          office.caseManager.id,
          `${name.toLowerCase()} sam ${reference.toLowerCase()}`,
          at,
        ).lastInsertRowid;
        const endDate = `${Number(spec.sentenced.slice(0, 4)) + 1}${spec.sentenced.slice(4)}`;
        orderIds[name as Name] = Number(
          order.run(
            personId,
            spec.court === 'M' ? office.magistrates.id : office.crown.id,
            spec.sentenced,
            age,
            spec.hours * 60,
            spec.requirement,
            spec.status ?? 'LIVE',
            spec.ended ?? null,
            spec.endDate ?? endDate,
            at,
          ).lastInsertRowid,
        );
      });

      const placementIds = {} as Record<PlacementKey, number>;
      const placement = db.prepare(
        `INSERT INTO placements (name, beneficiary, contact_name, address, area, type, sessions,
           start_time, end_time, capacity, max_risk_level, excluded_flags, suits, features, skills,
           transport_provided, health_and_safety_assessed_on, health_and_safety_review_due, active,
           created_at)
         VALUES (?, 'Northvale Trust', 'Helen Moss', '1 River Lane', 'Northvale', ?, '[]', ?, ?, 6,
           'HIGH', '[]', '[]', '[]', '[]', 0, '2026-01-10', '2027-01-10', 1, ?)`,
      );
      for (const [key, spec] of Object.entries(placementSpecs)) {
        placementIds[key as PlacementKey] = Number(
          placement.run(spec.name, spec.type, spec.start, spec.end, at).lastInsertRowid,
        );
      }

      const session = db.prepare(
        `INSERT INTO sessions (placement_id, date, start_time, end_time, leader_id, capacity, created_at)
         VALUES (?, ?, ?, ?, ?, 6, ?)`,
      );
      const booking = db.prepare(
        `INSERT INTO bookings (session_id, order_id, outcome, arrived_at, left_at, credited_minutes,
           stand_down_cause, recorded_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const credit = db.prepare(
        'UPDATE orders SET credited_minutes = credited_minutes + ? WHERE id = ?',
      );
      for (const [key, date, rows] of sessionSpecs) {
        const spec = placementSpecs[key];
        const sessionId = session.run(
          placementIds[key],
          date,
          spec.start,
          spec.end,
          supervisor.id,
          at,
        ).lastInsertRowid;
        for (const [name, outcome, minutes, cause] of rows) {
          const attended = outcome && ['ATTC', 'AFTC', 'ATSH', 'ATSS'].includes(outcome);
          const left =
            attended && minutes > 60
              ? `${String(Math.floor((minutesOf(spec.start) + minutes) / 60)).padStart(2, '0')}:${String((minutesOf(spec.start) + minutes) % 60).padStart(2, '0')}`
              : null;
          booking.run(
            sessionId,
            orderIds[name],
            outcome,
            attended ? spec.start : null,
            left,
            minutes,
            cause ?? null,
            outcome ? `${date}T17:00:00.000Z` : null,
            at,
          );
          credit.run(minutes, orderIds[name]);
        }
      }

      const adjustment = db.prepare(
        `INSERT INTO ledger_adjustments (order_id, date, minutes, reason, created_at)
         VALUES (?, ?, ?, 'Hours brought forward', ?)`,
      );
      for (const [name, date, minutes] of adjustments) {
        adjustment.run(orderIds[name], date, minutes, at);
        credit.run(minutes, orderIds[name]);
      }

      const induction = db.prepare(
        `INSERT INTO inductions (order_id, inducted_on, inducted_by, availability, wheelchair_user,
           transport, reading, writing, numeracy, skills, employability_need, preference,
           clothing_size, footwear_size, health_and_safety_briefed, created_at)
         VALUES (?, ?, ?, '["SAT_MORNING"]', 0, 'PUBLIC', 'NO_DIFFICULTY', 'NO_DIFFICULTY',
           'NO_DIFFICULTY', '[]', 0, 'NONE', 'L', '10', 1, ?)`,
      );
      for (const [name, date] of inductionSpecs)
        induction.run(orderIds[name], date, supervisor.id, at);

      const assessmentIds: Record<string, number> = {};
      const assessment = db.prepare(
        `INSERT INTO risk_assessments (order_id, level, flags, restrictions, kind, assessor,
           assessed_on, created_at)
         VALUES (?, 'LOW', '[]', '[]', ?, 'Sarah Hughes', ?, ?)`,
      );
      for (const [key, name, kind, date] of assessmentSpecs) {
        assessmentIds[key] = Number(assessment.run(orderIds[name], kind, date, at).lastInsertRowid);
      }

      const allocation = db.prepare(
        `INSERT INTO allocations (order_id, placement_id, risk_assessment_id, allocated_on,
           fit_score, rank, method, ended_on, created_at)
         VALUES (?, ?, ?, ?, 10, 1, 'SINGLE', ?, ?)`,
      );
      for (const [name, key, date, assessed, ended] of allocationSpecs) {
        allocation.run(orderIds[name], placementIds[key], assessmentIds[assessed], date, ended, at);
      }
    })();
  } finally {
    db.close();
  }
  return { references, orderIds };
}
