import type {
  Ethnicity,
  Gender,
  OffenceCategory,
  OrderStatus,
  Religion,
} from '../../../shared/codes';
import { addDays, addMonths, ageOn, daysBetween } from '../../../shared/dates';
import { endDateFor } from '../../../shared/rules/orders';
import type { Sqlite } from '../db/open';
import { searchTextOf } from '../people/search';
import {
  namePoolFor,
  offencesByCategory,
  otherLanguages,
  staffGivenNames,
  streets,
  towns,
} from './names';
import { seededRandom, type Random } from './random';
import { demoStatements } from './store';

/** How big an office to build: `office` ≈ 600 live orders, `region` ≈ 40,000 orders over ten years. */
export interface DemoScale {
  years: number;
  ordersPerYear: number;
  courts: number;
  caseManagers: number;
}

export const demoScales: Record<'office' | 'region', DemoScale> = {
  office: { years: 3, ordersPerYear: 1000, courts: 5, caseManagers: 24 },
  region: { years: 10, ordersPerYear: 4000, courts: 20, caseManagers: 150 },
};

const ethnicityWeights: [Ethnicity, number][] = [
  ['WHITE_BRITISH', 70],
  ['WHITE_IRISH', 1],
  ['WHITE_GYPSY_TRAVELLER', 1],
  ['WHITE_ROMA', 0.5],
  ['WHITE_OTHER', 6],
  ['ASIAN_PAKISTANI', 3],
  ['ASIAN_INDIAN', 2],
  ['ASIAN_BANGLADESHI', 1],
  ['ASIAN_CHINESE', 0.3],
  ['ASIAN_OTHER', 1],
  ['BLACK_AFRICAN', 2.5],
  ['BLACK_CARIBBEAN', 2],
  ['BLACK_OTHER', 0.7],
  ['MIXED_WHITE_BLACK_CARIBBEAN', 2],
  ['MIXED_WHITE_BLACK_AFRICAN', 0.5],
  ['MIXED_WHITE_ASIAN', 0.6],
  ['MIXED_OTHER', 0.8],
  ['OTHER_ARAB', 0.5],
  ['OTHER_ANY', 1],
  ['NOT_STATED', 3],
];
const hoursWeights: [number, number][] = [
  [40, 6],
  [50, 4],
  [60, 12],
  [80, 14],
  [100, 12],
  [120, 14],
  [150, 12],
  [160, 5],
  [180, 8],
  [200, 7],
  [240, 4],
  [300, 2],
];
const offenceWeights: [OffenceCategory, number][] = [
  ['VIOLENCE', 24],
  ['THEFT', 14],
  ['MOTORING', 14],
  ['DRUGS', 11],
  ['PUBLIC_ORDER', 9],
  ['CRIMINAL_DAMAGE', 6],
  ['BURGLARY', 5],
  ['FRAUD', 5],
  ['WEAPONS', 4],
  ['OTHER', 5],
  ['ROBBERY', 1.5],
  ['SEXUAL', 1.5],
];
const endingWeights: [OrderStatus, number][] = [
  ['COMPLETED', 85],
  ['REVOKED', 6],
  ['BREACHED_RESENTENCED', 6],
  ['TRANSFERRED', 3],
];
const broughtForward = 'Hours brought forward from the previous case management system';

function religionFor(random: Random, ethnicity: Ethnicity): Religion {
  if (
    ethnicity === 'ASIAN_PAKISTANI' ||
    ethnicity === 'ASIAN_BANGLADESHI' ||
    ethnicity === 'OTHER_ARAB'
  ) {
    return random.weighted([
      ['MUSLIM', 85],
      ['NONE', 5],
      ['NOT_STATED', 10],
    ] as const);
  }
  if (ethnicity === 'ASIAN_INDIAN')
    return random.weighted([
      ['SIKH', 35],
      ['HINDU', 35],
      ['MUSLIM', 15],
      ['NOT_STATED', 15],
    ] as const);
  return random.weighted([
    ['NONE', 45],
    ['CHRISTIAN', 35],
    ['MUSLIM', 3],
    ['OTHER', 2],
    ['BUDDHIST', 1],
    ['NOT_STATED', 14],
  ] as const);
}

/** A weekday on or after the date (courts do not sit at weekends). */
function weekday(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(iso, 2) : day === 0 ? addDays(iso, 1) : iso;
}

function roundTo30(minutes: number): number {
  return Math.round(minutes / 30) * 30;
}

export interface DemoCounts {
  people: number;
  orders: number;
  courts: number;
  staff: number;
}

/** Builds a whole office in the (caller's) transaction. The same seed and today give the same office. */
export function generateDemoOffice(
  sqlite: Sqlite,
  options: { scale: DemoScale; today: string; now: string; seed?: number },
): DemoCounts {
  const { scale, today, now } = options;
  const random = seededRandom(options.seed ?? 20261126);
  const put = demoStatements(sqlite);
  put.office.run('Northvale Unpaid Work', now);

  const courtIds: number[] = [];
  for (let i = 0; i < scale.courts; i++) {
    const town = towns[i % towns.length]!;
    const crown = i % 5 === 4;
    const name = `${town} ${crown ? 'Crown Court' : "Magistrates' Court"}${i >= towns.length ? ` ${Math.floor(i / towns.length) + 1}` : ''}`;
    courtIds.push(
      Number(put.court.run(name, crown ? 'CROWN' : 'MAGISTRATES', now).lastInsertRowid),
    );
  }

  const staffName = (i: number) =>
    `${staffGivenNames[i % staffGivenNames.length]} ${random.pick(namePoolFor('WHITE_BRITISH').family)}`;
  const addStaff = (i: number, role: string, team: string) => {
    const name = staffName(i);
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}${i}@northvale.probation.example`;
    return Number(
      put.staff.run(name, role, email, `01632 96${String(i).padStart(4, '0')}`, team, now)
        .lastInsertRowid,
    );
  };
  const caseManagerIds = Array.from({ length: scale.caseManagers }, (_, i) =>
    addStaff(i, 'CASE_MANAGER', `Probation team ${(i % 6) + 1}`),
  );
  addStaff(scale.caseManagers, 'UPW_MANAGER', 'Unpaid Work');
  for (let i = 1; i <= 3; i++)
    addStaff(scale.caseManagers + i, 'CASE_ADMINISTRATOR', 'Unpaid Work');
  const staffCount = scale.caseManagers + 4;

  const start = addMonths(today, -12 * scale.years);
  const totalOrders = scale.years * scale.ordersPerYear;
  const span = daysBetween(start, today);
  const returning: { id: number; dateOfBirth: string }[] = [];
  let people = 0;
  let orders = 0;

  for (let n = 0; n < totalOrders; n++) {
    const sentenceDate = weekday(addDays(start, Math.floor((n / totalOrders) * span)));
    if (sentenceDate > today) continue;
    let person =
      returning.length > 20 && random.chance(0.15)
        ? returning.splice(random.int(0, returning.length - 1), 1)[0]!
        : null;
    if (!person) {
      people += 1;
      const age = random.weighted([
        [16, 1],
        [17, 2],
        [random.int(18, 24), 30],
        [random.int(25, 34), 32],
        [random.int(35, 49), 25],
        [random.int(50, 70), 10],
      ] as const);
      const dateOfBirth = addDays(addMonths(sentenceDate, -12 * age), -random.int(0, 360));
      const gender: Gender = random.weighted([
        ['MALE', 84],
        ['FEMALE', 15],
        ['OTHER', 0.5],
        ['NOT_STATED', 0.5],
      ] as const);
      const ethnicity = random.weighted(ethnicityWeights);
      const pool = namePoolFor(ethnicity);
      const english =
        !['WHITE_OTHER', 'WHITE_ROMA', 'OTHER_ARAB', 'OTHER_ANY'].includes(ethnicity) ||
        random.chance(0.4);
      const firstLanguage = english ? 'English' : random.pick(otherLanguages);
      const familyName = random.pick(pool.family);
      const givenNames = random.pick(gender === 'FEMALE' ? pool.female : pool.male);
      const caseReference = `NV${String(100000 + people)}`;
      const disabled = random.chance(0.22);
      const town = random.pick(towns.slice(0, Math.max(4, scale.courts)));
      const id = Number(
        put.person.run({
          caseReference,
          familyName,
          givenNames,
          dateOfBirth,
          gender,
          ethnicity,
          disability: disabled ? 'YES' : random.chance(0.05) ? 'NOT_STATED' : 'NO',
          disabilityDetails: disabled
            ? random.pick([
                'Back pain limits lifting',
                'Asthma',
                'Dyslexia',
                'Anxiety and depression',
                'Hearing impairment',
                'Type 1 diabetes',
              ])
            : null,
          religion: religionFor(random, ethnicity),
          firstLanguage,
          interpreterNeeded: firstLanguage !== 'English' && random.chance(0.35) ? 1 : 0,
          phone: `07700 9${String(random.int(0, 99999)).padStart(5, '0')}`,
          email: random.chance(0.6)
            ? `${givenNames}.${familyName}${random.int(1, 99)}@example.com`.toLowerCase()
            : null,
          address: `${random.int(1, 180)} ${random.pick(streets)}, ${town}`,
          postcode: `NV${random.int(1, 19)} ${random.int(1, 9)}${String.fromCharCode(65 + random.int(0, 25))}${String.fromCharCode(65 + random.int(0, 25))}`,
          caseManagerId: random.pick(caseManagerIds),
          searchText: searchTextOf({ familyName, givenNames, caseReference }),
          createdAt: now,
        }).lastInsertRowid,
      );
      person = { id, dateOfBirth };
    }
    const ageAtSentence = ageOn(person.dateOfBirth, sentenceDate);
    const youth = ageAtSentence < 18;
    const hours = Math.min(random.weighted(hoursWeights), youth ? 240 : 300);
    const offenceCategory = random.weighted(offenceWeights);
    const ordered = hours * 60;
    // The pace at which this order would be worked: about a working day a week, slower for some.
    const plannedDays = Math.round((hours / random.int(2, 7)) * 7);
    const finish = addDays(sentenceDate, plannedDays + random.int(10, 30));
    // Orders that would run past their end date: half are extended by the court before it passes.
    const baseEnd = endDateFor(sentenceDate);
    const grantedOn = addDays(baseEnd, -random.int(14, 40));
    const extended = finish > baseEnd && grantedOn <= today && random.chance(0.5);
    const endDate = extended ? addMonths(baseEnd, random.int(3, 6)) : baseEnd;
    let status: OrderStatus = 'LIVE';
    let endedOn: string | null = null;
    let credited: number;
    if (finish <= endDate && finish <= today) {
      status = random.weighted(endingWeights);
      endedOn = finish;
      credited = status === 'COMPLETED' ? ordered : roundTo30(ordered * random.next() * 0.8);
    } else if (finish > endDate && endDate < addDays(today, -28)) {
      // Ran out of time: returned to court, or simply expired.
      status = random.chance(0.6) ? 'BREACHED_RESENTENCED' : 'EXPIRED';
      endedOn = endDate;
      credited = roundTo30(ordered * (0.4 + random.next() * 0.5));
    } else {
      credited = roundTo30(
        Math.max(
          0,
          Math.min(
            ordered - 60,
            (ordered * daysBetween(sentenceDate, today)) / (plannedDays + 20) - random.int(0, 600),
          ),
        ),
      );
    }
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
        status,
        endedOn,
        endDate,
        creditedMinutes: credited,
        createdAt: now,
      }).lastInsertRowid,
    );
    orders += 1;
    if (extended)
      put.extension.run(
        orderId,
        grantedOn,
        endDate,
        'Extended by the court: time lost to illness',
        now,
      );
    if (credited > 0) put.adjustment.run(orderId, endedOn ?? today, credited, broughtForward, now);
    if (status !== 'LIVE') returning.push(person);
  }
  return { people, orders, courts: courtIds.length, staff: staffCount };
}
