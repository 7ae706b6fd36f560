import type { Gender, OffenceCategory } from '../../../shared/codes';
import { addDays, ageOn, daysBetween } from '../../../shared/dates';
import {
  placementPreferences,
  skills,
  slots,
  type Restriction,
  type RiskFlag,
  type RiskLevel,
  type Slot,
} from '../../../shared/placement-codes';
import { addWorkingDays, isWorkingDay } from '../../../shared/working-days';
import { rankPlacements } from '../allocation/rules';
import type { Candidate } from '../allocation/types';
import type { DemoPlacement } from './placements';
import type { Random } from './random';
import type { demoStatements } from './store';

export interface JourneyOrder {
  id: number;
  sentenceDate: string;
  orderedMinutes: number;
  status: string;
  endedOn: string | null;
  offenceCategory: OffenceCategory;
  person: { dateOfBirth: string; gender: Gender; town: string };
  assessor: string;
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
  let d = addDays(after, 1);
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/**
 * Takes each order of the last year (and every live one) through assessment, induction, the PPWS
 * and allocation, as the office would have. Returns the minutes the PPWS credited.
 */
export function createJourney(
  random: Random,
  put: ReturnType<typeof demoStatements>,
  context: {
    work: DemoPlacement[];
    ppws: { id: number; area: string }[];
    staffIds: number[];
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
  ): { date: string; sessionId: number } {
    // The centre in the person's town, else any, in turn, so that the centres share the load.
    const room =
      context.ppws.find((p) => p.area === town) ?? context.ppws[orderId % context.ppws.length]!;
    for (let date = nextPpwsDay(after); ; date = nextPpwsDay(date)) {
      const key = `${room.id}:${date}`;
      let id = ppwsSessions.get(key);
      if (id === undefined) {
        id = Number(
          put.session.run(room.id, date, '09:30', '13:30', random.pick(context.staffIds), 12, now)
            .lastInsertRowid,
        );
        ppwsSessions.set(key, id);
      }
      if ((booked.get(id) ?? 0) < 12) {
        booked.set(id, (booked.get(id) ?? 0) + 1);
        return { date, sessionId: id };
      }
    }
  }

  return function journey(order: JourneyOrder): number {
    const live = order.status === 'LIVE';
    const until = order.endedOn ?? today;
    if (
      daysBetween(order.sentenceDate, until) < 2 ||
      (live && daysBetween(order.sentenceDate, today) < 10 && random.chance(0.3))
    )
      return 0;
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
    const assessedOn = addDays(order.sentenceDate, random.int(1, 2));
    const exclusion = restrictions.includes('VICTIM_EXCLUSION_AREA')
      ? random.pick(context.work).area
      : null;
    const kind = random.chance(0.8) ? 'FULL' : 'SENTENCE_PLAN';
    const assessmentId = Number(
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

    const inductedOn = addWorkingDays(
      order.sentenceDate,
      random.weighted([
        [3, 30],
        [5, 40],
        [7, 20],
        [12, 10],
      ] as const),
    );
    if (
      inductedOn > until ||
      (live && daysBetween(order.sentenceDate, today) < 21 && random.chance(0.2))
    )
      return 0;
    const weekend = random.chance(0.6);
    const availability = slots.filter(
      (s: Slot) =>
        (weekend ? s.startsWith('SA') || s.startsWith('SU') : !s.endsWith('EVENING')) &&
        random.chance(0.5),
    );
    if (!availability.length) availability.push(weekend ? 'SAT_MORNING' : 'TUE_MORNING');
    const profile = {
      availability,
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

    // The weekly PPWS after the induction; someone who misses it is booked on the next one.
    let ppwsDate = inductedOn;
    let credit = 0;
    for (let attempt = 0; attempt < 3 && credit === 0; attempt++) {
      if (nextPpwsDay(ppwsDate) > until && !live) return 0;
      const place = ppwsPlace(ppwsDate, order.person.town, order.id);
      ppwsDate = place.date;
      const { sessionId } = place;
      if (ppwsDate > today) {
        put.booking.run(sessionId, order.id, null, null, null, 0, null, now);
        return 0;
      }
      const outcome = random.weighted([
        ['ATTC', 88],
        ['UACP', 7],
        ['AAME', 5],
      ] as const);
      const attended = outcome === 'ATTC';
      credit = attended ? Math.min(240, order.orderedMinutes) : 0;
      put.booking.run(
        sessionId,
        order.id,
        outcome,
        attended ? '09:30' : null,
        attended ? '13:30' : null,
        credit,
        `${ppwsDate}T14:00:00.000Z`,
        now,
      );
    }
    if (credit === 0) return 0;

    const allocatedOn = addDays(ppwsDate, random.int(1, 6));
    // A few of the most recent are still waiting for the manager to allocate them.
    if (allocatedOn > until || (daysBetween(ppwsDate, today) < 14 && random.chance(0.3)))
      return credit;
    const candidate: Candidate = {
      orderId: order.id,
      name: '',
      age: ageOn(order.person.dateOfBirth, allocatedOn),
      gender: order.person.gender,
      assessment: { level, flags, restrictions, exclusionArea: exclusion },
      induction: profile,
    };
    // Ended orders are history: their places are free again, so a sample of placements is enough.
    const offers = live ? context.work : context.work.filter(() => random.chance(0.3));
    const best = rankPlacements(candidate, offers, allocatedOn).allowed[0];
    if (best) {
      put.allocation.run(
        order.id,
        best.placement.id,
        assessmentId,
        allocatedOn,
        best.fit.score,
        1,
        live ? null : order.endedOn,
        now,
      );
      if (live) best.placement.allocated += 1;
    }
    return credit;
  };
}
