import { ageOn, daysBetween } from '../../../shared/dates';
import type { Sqlite } from '../db/open';
import { plusDays, plusMonths } from './days';
import { createJourney } from './journey';
import { namePoolFor, offencesByCategory, staffGivenNames, towns } from './names';
import { orderCourse } from './orders';
import { makePerson, type DemoPerson } from './people';
import { issueNotices } from './notices';
import { makePlacements } from './placements';
import { seededRandom } from './random';
import { makeRota, staffGender, supervisorRecords } from './staffing';
import { demoStatements } from './store';
import { addSurveys } from './surveys';
import { setTargets } from './targets';
import { broughtForward, hoursWeights, offenceWeights } from './weights';
import { createYear, type YearCounts } from './year';

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
    ordersPerYear: 1050,
    courts: 5,
    caseManagers: 24,
    placements: 32,
    supervisors: 28,
  },
  region: {
    years: 10,
    ordersPerYear: 4000,
    courts: 20,
    caseManagers: 150,
    placements: 300,
    supervisors: 140,
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
  return day === 6 ? plusDays(iso, 2) : day === 0 ? plusDays(iso, 1) : iso;
}

/** What the office keeps for its reports besides the year: surveys, local targets, court notices. */
export interface ReportCounts {
  surveys: number;
  targets: number;
  notices: number;
}

/**
 * An office built up to the year of sessions, which `year.run()` then plays out; after it,
 * `issueNotices()` issues the court notices, whose figures are worked out from the year.
 */
export interface BuiltOffice {
  counts: DemoCounts;
  reports: ReportCounts;
  year: { run(): YearCounts };
  issueNotices(): number;
}

/**
 * Builds a whole office in the caller's transaction, except its year of sessions: courts,
 * placements, staff (supervisors with their rota, training and absences), people and their
 * orders, the surveys of the placements' beneficiaries and the local diversity targets. Orders
 * that ended before Amends went live, a year ago, came over as hours only; the others are taken
 * through assessment, induction and the PPWS, and handed to the year.
 */
export function buildDemoOffice(
  sqlite: Sqlite,
  options: { scale: DemoScale; today: string; now: string; seed?: number },
): BuiltOffice {
  const { scale, today, now } = options;
  const seed = options.seed ?? 20261126;
  const random = seededRandom(seed);
  const put = demoStatements(sqlite);
  put.office.run(
    'Northvale Unpaid Work',
    'Probation Office, 14 Market Street, Northvale NV1 2AB',
    '01632 960000',
    'unpaid.work@northvale.probation.example',
    now,
  );
  const areas = towns.slice(0, Math.max(4, scale.courts));

  const courtNames = new Map<number, string>();
  const courtIds = Array.from({ length: scale.courts }, (_, i) => {
    const crown = i % 5 === 4;
    const copy = i >= towns.length ? ` ${Math.floor(i / towns.length) + 1}` : '';
    const name = `${towns[i % towns.length]} ${crown ? 'Crown Court' : "Magistrates' Court"}${copy}`;
    const id = Number(put.court.run(name, crown ? 'CROWN' : 'MAGISTRATES', now).lastInsertRowid);
    courtNames.set(id, name);
    return id;
  });

  const { work, ppws } = makePlacements(random, put, scale.placements, areas, today);
  // Amends went live a year ago: older orders came over from the previous system as hours only,
  // and the staff were entered that day.
  const goLive = plusMonths(today, -12);
  const enteredAt = `${goLive}T09:00:00.000Z`;

  let staffNumber = 0;
  const staffNames = new Map<number, string>();
  const addStaff = (role: string, team: string, slots: string[] = []) => {
    const i = staffNumber++;
    const name = `${staffGivenNames[i % staffGivenNames.length]} ${random.pick(namePoolFor('WHITE_BRITISH').family)}`;
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}${i}@northvale.probation.example`;
    const phone = `01632 96${String(i).padStart(4, '0')}`;
    const id = Number(
      put.staff.run(
        name,
        role,
        email,
        phone,
        team,
        staffGender(name),
        JSON.stringify(slots),
        enteredAt,
      ).lastInsertRowid,
    );
    staffNames.set(id, name);
    return id;
  };
  const caseManagerIds = Array.from({ length: scale.caseManagers }, (_, i) =>
    addStaff('CASE_MANAGER', `Probation team ${(i % 6) + 1}`),
  );
  const managerId = addStaff('UPW_MANAGER', 'Unpaid Work');
  // An administrator for each Unpaid Work centre, who runs its inductions and PPWS.
  const administrators = Array.from({ length: Math.max(3, ppws.length) }, () =>
    addStaff('CASE_ADMINISTRATOR', 'Unpaid Work'),
  );
  const rota = makeRota(random, scale.supervisors, work);
  const supervisorIds = rota.map((slots) => addStaff('SUPERVISOR', 'Unpaid Work', slots));
  const supervisors = supervisorRecords(
    random,
    put,
    supervisorIds.map((id, i) => ({ id, name: staffNames.get(id)!, slots: rota[i]! })),
    { today, goLive, now },
  );

  const journey = createJourney(random, put, {
    work,
    ppws,
    staffIds: [...administrators, ...supervisorIds],
    ppwsLeaders: administrators,
    today,
    now,
  });
  const officeStaff = [managerId, ...administrators].map((id) => staffNames.get(id)!);
  const managerName = staffNames.get(managerId)!;
  // The reports' own records come from a stream of their own, so the rest of the office is the
  // same with or without them.
  const reportsRandom = seededRandom((seed ^ 0x85ebca6b) >>> 0);
  const reports: ReportCounts = {
    surveys: addSurveys(reportsRandom, put, { work, recorders: officeStaff, today }),
    targets: setTargets(put, { today, goLive }),
    notices: 0,
  };
  const year = createYear(seededRandom((seed ^ 0x9e3779b9) >>> 0), put, {
    work,
    supervisors,
    officeStaff,
    managerName,
    today,
    goLive,
    now,
  });

  const start = plusMonths(today, -12 * scale.years);
  const totalOrders = scale.years * scale.ordersPerYear;
  const span = daysBetween(start, today);
  const returning: DemoPerson[] = [];
  let people = 0;
  let orders = 0;
  for (let n = 0; n < totalOrders; n++) {
    const sentenceDate = weekday(plusDays(start, Math.floor((n / totalOrders) * span)));
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
    const courtId = random.pick(courtIds);
    // Orders still running when Amends went live are worked out session by session in the year.
    const inYear = course.endedOn === null || course.endedOn >= goLive;
    const endDate = inYear ? course.baseEnd : course.endDate;
    const orderId = Number(
      put.order.run({
        personId: person.id,
        courtId,
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
        status: inYear ? 'LIVE' : course.status,
        endedOn: inYear ? null : course.endedOn,
        endDate,
        creditedMinutes: 0,
        createdAt: now,
      }).lastInsertRowid,
    );
    orders += 1;
    if (!inYear) {
      if (course.extension) {
        put.extension.run(
          orderId,
          course.extension.grantedOn,
          course.extension.endDate,
          'Extended by the court: time lost to illness',
          now,
        );
      }
      if (course.credited > 0) {
        put.adjustment.run(orderId, course.endedOn, course.credited, broughtForward, now);
        put.credit.run(course.credited, orderId);
      }
      returning.push(person);
      continue;
    }
    const caseManager = staffNames.get(person.caseManagerId)!;
    const done = journey({
      id: orderId,
      sentenceDate,
      orderedMinutes: ordered,
      offenceCategory,
      person,
      assessor: caseManager,
    });
    // The hours worked before go-live came over as one line; the year credits the rest.
    let carried = 0;
    if (sentenceDate < goLive) {
      const pace = (ordered * daysBetween(sentenceDate, goLive)) / (course.plannedDays + 20);
      const most = ordered - done.credit - 7 * 60;
      carried = Math.floor(Math.max(0, Math.min(most, pace - random.int(0, 600))) / 30) * 30;
      if (carried > 0) put.adjustment.run(orderId, goLive, carried, broughtForward, now);
    }
    year.addOrder({
      id: orderId,
      sentenceDate,
      ordered,
      credited: done.credit + carried,
      endDate,
      person,
      courtName: courtNames.get(courtId)!,
      caseManager,
      journey: done,
    });
  }
  return {
    counts: { people, orders, courts: courtIds.length, staff: staffNumber },
    reports,
    year,
    issueNotices() {
      reports.notices = issueNotices(reportsRandom, sqlite, put, {
        today,
        goLive,
        managerName,
        placements: (work.some((p) => p.type === 'GROUP')
          ? work.filter((p) => p.type === 'GROUP')
          : work
        ).map((p) => p.name),
      });
      return reports.notices;
    },
  };
}

/**
 * Builds a whole office in the caller's transaction, its last year of sessions and the court
 * notices of that year included. The same seed and today give the same office.
 */
export function generateDemoOffice(
  sqlite: Sqlite,
  options: { scale: DemoScale; today: string; now: string; seed?: number },
): DemoCounts {
  const built = buildDemoOffice(sqlite, options);
  built.year.run();
  built.issueNotices();
  return built.counts;
}
