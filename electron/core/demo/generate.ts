import { addDays, addMonths, ageOn, daysBetween } from '../../../shared/dates';
import type { Sqlite } from '../db/open';
import { createJourney } from './journey';
import { namePoolFor, offencesByCategory, staffGivenNames, towns } from './names';
import { orderCourse } from './orders';
import { makePerson, type DemoPerson } from './people';
import { makePlacements } from './placements';
import { seededRandom } from './random';
import { demoStatements } from './store';
import { broughtForward, hoursWeights, offenceWeights } from './weights';

/** How big an office to build: `office` ≈ 600 live orders, `region` ≈ 40,000 orders over ten years. */
export interface DemoScale {
  years: number;
  ordersPerYear: number;
  courts: number;
  caseManagers: number;
  placements: number;
  supervisors: number;
}

export const demoScales: Record<'office' | 'region', DemoScale> = {
  office: {
    years: 3,
    ordersPerYear: 1000,
    courts: 5,
    caseManagers: 24,
    placements: 32,
    supervisors: 12,
  },
  region: {
    years: 10,
    ordersPerYear: 4000,
    courts: 20,
    caseManagers: 150,
    placements: 300,
    supervisors: 90,
  },
};

export interface DemoCounts {
  people: number;
  orders: number;
  courts: number;
  staff: number;
}

/** A weekday on or after the date (courts do not sit at weekends). */
function weekday(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(iso, 2) : day === 0 ? addDays(iso, 1) : iso;
}

/**
 * Builds a whole office in the caller's transaction: courts, staff, placements, people and their
 * orders; the last year's orders (and every live one) taken through assessment, induction, the
 * PPWS and allocation. The same seed and today give the same office.
 */
export function generateDemoOffice(
  sqlite: Sqlite,
  options: { scale: DemoScale; today: string; now: string; seed?: number },
): DemoCounts {
  const { scale, today, now } = options;
  const random = seededRandom(options.seed ?? 20261126);
  const put = demoStatements(sqlite);
  put.office.run('Northvale Unpaid Work', now);
  const areas = towns.slice(0, Math.max(4, scale.courts));

  const courtIds = Array.from({ length: scale.courts }, (_, i) => {
    const crown = i % 5 === 4;
    const copy = i >= towns.length ? ` ${Math.floor(i / towns.length) + 1}` : '';
    const name = `${towns[i % towns.length]} ${crown ? 'Crown Court' : "Magistrates' Court"}${copy}`;
    return Number(put.court.run(name, crown ? 'CROWN' : 'MAGISTRATES', now).lastInsertRowid);
  });

  let staffNumber = 0;
  const staffNames = new Map<number, string>();
  const addStaff = (role: string, team: string) => {
    const i = staffNumber++;
    const name = `${staffGivenNames[i % staffGivenNames.length]} ${random.pick(namePoolFor('WHITE_BRITISH').family)}`;
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}${i}@northvale.probation.example`;
    const id = Number(
      put.staff.run(name, role, email, `01632 96${String(i).padStart(4, '0')}`, team, now)
        .lastInsertRowid,
    );
    staffNames.set(id, name);
    return id;
  };
  const caseManagerIds = Array.from({ length: scale.caseManagers }, (_, i) =>
    addStaff('CASE_MANAGER', `Probation team ${(i % 6) + 1}`),
  );
  addStaff('UPW_MANAGER', 'Unpaid Work');
  const upwStaff = [
    ...Array.from({ length: 3 }, () => addStaff('CASE_ADMINISTRATOR', 'Unpaid Work')),
    ...Array.from({ length: scale.supervisors }, () => addStaff('SUPERVISOR', 'Unpaid Work')),
  ];

  const { work, ppws } = makePlacements(random, put, scale.placements, areas, today, now);
  const journey = createJourney(random, put, { work, ppws, staffIds: upwStaff, today, now });
  // Amends went live a year ago: older orders came over from the previous system as hours only.
  const goLive = addMonths(today, -12);

  const start = addMonths(today, -12 * scale.years);
  const totalOrders = scale.years * scale.ordersPerYear;
  const span = daysBetween(start, today);
  const returning: DemoPerson[] = [];
  let people = 0;
  let orders = 0;
  for (let n = 0; n < totalOrders; n++) {
    const sentenceDate = weekday(addDays(start, Math.floor((n / totalOrders) * span)));
    if (sentenceDate > today) continue;
    const again = returning.length > 20 && random.chance(0.15);
    const person = again
      ? returning.splice(random.int(0, returning.length - 1), 1)[0]!
      : makePerson(random, put, {
          number: ++people,
          sentenceDate,
          caseManagerIds,
          towns: areas,
          now,
        });
    const ageAtSentence = ageOn(person.dateOfBirth, sentenceDate);
    const youth = ageAtSentence < 18;
    const ordered = Math.min(random.weighted(hoursWeights), youth ? 240 : 300) * 60;
    const offenceCategory = random.weighted(offenceWeights);
    const course = orderCourse(random, sentenceDate, ordered, today);
    const caseManagerId = random.pick(caseManagerIds);
    const orderId = Number(
      put.order.run({
        personId: person.id,
        courtId: random.pick(courtIds),
        sentenceDate,
        ageAtSentence,
        hoursOrderedMinutes: ordered,
        requirementType: youth
          ? 'YOUTH_REHABILITATION_ORDER'
          : random.chance(0.6)
            ? 'COMMUNITY_ORDER'
            : 'SUSPENDED_SENTENCE_ORDER',
        offenceCategory,
        offence: random.pick(offencesByCategory[offenceCategory]),
        status: course.status,
        endedOn: course.endedOn,
        endDate: course.endDate,
        creditedMinutes: 0,
        createdAt: now,
      }).lastInsertRowid,
    );
    orders += 1;
    if (course.extension) {
      put.extension.run(
        orderId,
        course.extension.grantedOn,
        course.extension.endDate,
        'Extended by the court: time lost to illness',
        now,
      );
    }
    const recent = course.status === 'LIVE' || sentenceDate >= goLive;
    const ppwsCredit = recent
      ? journey({
          id: orderId,
          sentenceDate,
          orderedMinutes: ordered,
          status: course.status,
          endedOn: course.endedOn,
          offenceCategory,
          person,
          assessor: staffNames.get(caseManagerId)!,
        })
      : 0;
    // The rest of the hours worked so far are carried over from the previous system.
    const carried = Math.max(0, course.credited - ppwsCredit);
    if (carried > 0)
      put.adjustment.run(orderId, course.endedOn ?? today, carried, broughtForward, now);
    put.credit.run(ppwsCredit + carried, orderId);
    if (course.status !== 'LIVE') returning.push(person);
  }
  return { people, orders, courts: courtIds.length, staff: staffNumber };
}
