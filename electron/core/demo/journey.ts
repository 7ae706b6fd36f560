import type { Gender, OffenceCategory } from '../../../shared/codes';
import { ageOn, daysBetween } from '../../../shared/dates';
import {
  placementPreferences,
  skills,
  slots,
  type Restriction,
  type RiskFlag,
  type RiskLevel,
  type Slot,
} from '../../../shared/placement-codes';
import { isWorkingDay } from '../../../shared/working-days';
import type { Candidate } from '../allocation/types';
import { plusDays, plusWorkingDays, weekdayOf } from './days';
import type { DemoPlacement } from './placements';
import type { DemoPerson } from './people';
import type { Random } from './random';
import type { DemoStatements } from './store';

export interface JourneyOrder {
  id: number;
  sentenceDate: string;
  orderedMinutes: number;
  offenceCategory: OffenceCategory;
  person: DemoPerson & { gender: Gender };
  assessor: string;
}

/** Where the order stands after assessment, induction and the PPWS, for the year of sessions. */
export interface Journey {
  /** Minutes the PPWS credited. */
  credit: number;
  /** The person as allocation sees them; null before both assessment and induction. */
  candidate: Candidate | null;
  assessmentId: number | null;
  inductedOn: string | null;
  /** The day the manager allocates; null while the order is still waiting. */
  allocateOn: string | null;
  /** Enforceable outcomes at the PPWS, for a decision. */
  failures: { bookingId: number; date: string; outcome: 'UACP'; placementName: string }[];
}

const flagsByOffence: Partial<Record<OffenceCategory, RiskFlag[]>> = {
  SEXUAL: ['SEXUAL_OFFENDING', 'RISK_TO_CHILDREN'],
  VIOLENCE: ['VIOLENCE'],
  ROBBERY: ['VIOLENCE'],
  WEAPONS: ['VIOLENCE'],
  CRIMINAL_DAMAGE: ['ARSON'],
  PUBLIC_ORDER: ['HATE_BASED'],
};

function json(value: unknown) {
  return JSON.stringify(value);
}

/** The next working day on or after the Monday following a date: when the weekly PPWS runs. */
function nextPpwsDay(after: string): string {
  let d = plusDays(after, 1);
  while (weekdayOf(d) !== 1) d = plusDays(d, 1);
  while (!isWorkingDay(d)) d = plusDays(d, 1);
  return d;
}

/**
 * When a person can work: whole days at weekends (half of them) or in the week, and some who
 * work in the day are free on weekday evenings and Saturdays.
 */
function availabilityOf(random: Random): Slot[] {
  const kind = random.weighted([
    ['WEEKEND', 52],
    ['WEEKDAY', 40],
    ['EVENINGS', 8],
  ] as const);
  const chosen: Slot[] = [];
  const wholeDay = (day: string) => {
    const whole = random.chance(0.85);
    const morning = whole || random.chance(0.5);
    if (morning) chosen.push(`${day}_MORNING` as Slot);
    if (whole || !morning) chosen.push(`${day}_AFTERNOON` as Slot);
  };
  if (kind === 'WEEKEND') {
    for (const day of ['SAT', 'SUN']) if (random.chance(0.7)) wholeDay(day);
  } else if (kind === 'WEEKDAY') {
    for (const day of ['MON', 'TUE', 'WED', 'THU', 'FRI']) if (random.chance(0.45)) wholeDay(day);
  } else {
    for (const day of ['TUE', 'WED', 'THU'])
      if (random.chance(0.6)) chosen.push(`${day}_EVENING` as Slot);
    if (random.chance(0.5)) wholeDay('SAT');
  }
  if (!chosen.length) wholeDay(kind === 'WEEKDAY' ? 'TUE' : 'SAT');
  return slots.filter((s) => chosen.includes(s));
}

/**
 * Takes each order of the last year (and every live one) through assessment, induction and the
 * PPWS, as the office would have, and says when it is ready to be allocated.
 */
export function createJourney(
  random: Random,
  put: DemoStatements,
  context: {
    work: DemoPlacement[];
    ppws: { id: number; area: string; name: string }[];
    staffIds: number[];
    /** The office staff who run the PPWS (not the supervisors, who are out with the groups). */
    ppwsLeaders: number[];
    today: string;
    now: string;
  },
) {
  const { today, now } = context;
  const ppwsSessions = new Map<string, number>();

  const booked = new Map<number, number>();

  /** A place on the week's PPWS at the person's nearest centre; a full session sends them to the next week's. */
  function ppwsPlace(
    after: string,
    town: string,
    orderId: number,
  ): { date: string; sessionId: number; name: string } {
    // The centre in the person's town, else any, in turn, so that the centres share the load.
    const index = context.ppws.findIndex((p) => p.area === town);
    const centre = index >= 0 ? index : orderId % context.ppws.length;
    const room = context.ppws[centre]!;
    for (let date = nextPpwsDay(after); ; date = nextPpwsDay(date)) {
      const key = `${room.id}:${date}`;
      let id = ppwsSessions.get(key);
      if (id === undefined) {
        // Each centre's own administrator runs its PPWS.
        const leader = context.ppwsLeaders[centre % context.ppwsLeaders.length]!;
        id = Number(
          put.session.run(room.id, date, '09:30', '13:30', leader, 12, now).lastInsertRowid,
        );
        put.sessionSupervisor.run(id, leader, now);
        ppwsSessions.set(key, id);
      }
      if ((booked.get(id) ?? 0) < 12) {
        booked.set(id, (booked.get(id) ?? 0) + 1);
        return { date, sessionId: id, name: room.name };
      }
    }
  }

  return function journey(order: JourneyOrder): Journey {
    const result: Journey = {
      credit: 0,
      candidate: null,
      assessmentId: null,
      inductedOn: null,
      allocateOn: null,
      failures: [],
    };
    const age = daysBetween(order.sentenceDate, today);
    if (age < 2 || (age < 10 && random.chance(0.3))) return result;
    const level: RiskLevel = random.weighted([
      ['LOW', 45],
      ['MEDIUM', 44],
      ['HIGH', 10],
      ['VERY_HIGH', 1],
    ] as const);
    const flags = (flagsByOffence[order.offenceCategory] ?? []).filter(() => random.chance(0.7));
    const restrictions: Restriction[] = random.chance(0.06)
      ? ['VICTIM_EXCLUSION_AREA']
      : random.chance(0.05)
        ? ['GROUP_ONLY']
        : [];
    // A few violent men are not to be supervised by a woman.
    if (flags.includes('VIOLENCE') && order.person.gender === 'MALE' && random.chance(0.04))
      restrictions.push('NOT_WITH_FEMALE_SUPERVISOR');
    const assessedOn = plusDays(order.sentenceDate, random.int(1, 2));
    const exclusion = restrictions.includes('VICTIM_EXCLUSION_AREA')
      ? random.pick(context.work).area
      : null;
    const kind = random.chance(0.8) ? 'FULL' : 'SENTENCE_PLAN';
    result.assessmentId = Number(
      put.assessment.run(
        order.id,
        level,
        json(flags),
        json(restrictions),
        exclusion,
        kind,
        order.assessor,
        assessedOn,
        now,
      ).lastInsertRowid,
    );

    const inductedOn = plusWorkingDays(
      order.sentenceDate,
      random.weighted([
        [3, 30],
        [5, 40],
        [7, 20],
        [12, 10],
      ] as const),
    );
    if (inductedOn > today || (age < 21 && random.chance(0.2))) return result;
    const profile = {
      availability: availabilityOf(random),
      wheelchairUser: random.chance(0.02),
      transport: random.weighted([
        ['OWN', 25],
        ['PUBLIC', 60],
        ['NEEDS_PICKUP', 15],
      ] as const),
      homeArea: order.person.town,
      skills: skills.filter(() => random.chance(0.12)).map((s) => s.code),
      employabilityNeed: random.chance(0.4),
      preference: random.pick(placementPreferences).code,
    };
    if (profile.preference === 'WOMEN_ONLY_GROUP' && order.person.gender !== 'FEMALE')
      profile.preference = 'NONE';
    put.induction.run({
      orderId: order.id,
      inductedOn,
      inductedBy: random.pick(context.staffIds),
      ...profile,
      availability: json(profile.availability),
      skills: json(profile.skills),
      wheelchairUser: profile.wheelchairUser ? 1 : 0,
      employabilityNeed: profile.employabilityNeed ? 1 : 0,
      reading: random.chance(0.8) ? 'NO_DIFFICULTY' : 'SOME_DIFFICULTY',
      writing: random.chance(0.75) ? 'NO_DIFFICULTY' : 'NEEDS_SUPPORT',
      numeracy: random.chance(0.8) ? 'NO_DIFFICULTY' : 'SOME_DIFFICULTY',
      clothingSize: random.pick(['S', 'M', 'L', 'XL', 'XXL']),
      footwearSize: String(random.int(5, 12)),
      createdAt: now,
    });
    result.inductedOn = inductedOn;
    result.candidate = {
      orderId: order.id,
      name: '',
      age: ageOn(order.person.dateOfBirth, inductedOn),
      gender: order.person.gender,
      assessment: { level, flags, restrictions, exclusionArea: exclusion },
      induction: profile,
    };

    // The weekly PPWS after the induction; someone who misses it is booked on the next one.
    let ppwsDate = inductedOn;
    for (let attempt = 0; attempt < 3 && result.credit === 0; attempt++) {
      const place = ppwsPlace(ppwsDate, order.person.town, order.id);
      ppwsDate = place.date;
      const { sessionId } = place;
      if (ppwsDate > today) {
        put.booking.run(sessionId, order.id, null, null, null, 0, null, now);
        return result;
      }
      const outcome = random.weighted([
        ['ATTC', 88],
        ['UACP', 7],
        ['AAME', 5],
      ] as const);
      const attended = outcome === 'ATTC';
      result.credit = attended ? Math.min(240, order.orderedMinutes) : 0;
      const bookingId = Number(
        put.booking.run(
          sessionId,
          order.id,
          outcome,
          attended ? '09:30' : null,
          attended ? '13:30' : null,
          result.credit,
          `${ppwsDate}T14:00:00.000Z`,
          now,
        ).lastInsertRowid,
      );
      if (outcome === 'UACP')
        result.failures.push({ bookingId, date: ppwsDate, outcome, placementName: place.name });
    }
    if (result.credit === 0) return result;

    const allocateOn = plusDays(ppwsDate, random.int(1, 6));
    // A few of the most recent are still waiting for the manager to allocate them.
    if (allocateOn > today || (daysBetween(ppwsDate, today) < 14 && random.chance(0.3)))
      return result;
    result.allocateOn = allocateOn;
    return result;
  };
}
