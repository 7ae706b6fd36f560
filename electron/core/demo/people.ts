import type { Gender } from '../../../shared/codes';
import { searchTextOf } from '../people/search';
import { plusDays, plusMonths } from './days';
import { namePoolFor, otherLanguages, streets } from './names';
import type { Random } from './random';
import type { demoStatements } from './store';
import { ethnicityWeights, religionFor } from './weights';

export interface DemoPerson {
  id: number;
  dateOfBirth: string;
  gender: Gender;
  town: string;
  /** "Given Family (NV100123)", as a supervisor writes someone into an incident report. */
  label: string;
  /** "Family, Given", as the office's lists show a person. */
  listName: string;
  caseManagerId: number;
}

const conditions = [
  'Back pain limits lifting',
  'Asthma',
  'Dyslexia',
  'Anxiety and depression',
  'Hearing impairment',
  'Type 1 diabetes',
];

/** A new person, aged as people sentenced to unpaid work are, living in one of the office's towns. */
export function makePerson(
  random: Random,
  put: ReturnType<typeof demoStatements>,
  context: {
    number: number;
    sentenceDate: string;
    caseManagerIds: number[];
    towns: string[];
    now: string;
  },
): DemoPerson {
  const age = random.weighted([
    [16, 1],
    [17, 2],
    [random.int(18, 24), 30],
    [random.int(25, 34), 32],
    [random.int(35, 49), 25],
    [random.int(50, 70), 10],
  ] as const);
  const dateOfBirth = plusDays(plusMonths(context.sentenceDate, -12 * age), -random.int(0, 360));
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
  const caseReference = `NV${String(100000 + context.number)}`;
  const disabled = random.chance(0.22);
  const town = random.pick(context.towns);
  const letter = () => String.fromCharCode(65 + random.int(0, 25));
  const caseManagerId = random.pick(context.caseManagerIds);
  const id = Number(
    put.person.run({
      caseReference,
      familyName,
      givenNames,
      dateOfBirth,
      gender,
      ethnicity,
      disability: disabled ? 'YES' : random.chance(0.05) ? 'NOT_STATED' : 'NO',
      disabilityDetails: disabled ? random.pick(conditions) : null,
      religion: religionFor(random, ethnicity),
      firstLanguage,
      interpreterNeeded: firstLanguage !== 'English' && random.chance(0.35) ? 1 : 0,
      phone: `07700 9${String(random.int(0, 99999)).padStart(5, '0')}`,
      email: random.chance(0.6)
        ? `${givenNames}.${familyName}${random.int(1, 99)}@example.com`.toLowerCase()
        : null,
      address: `${random.int(1, 180)} ${random.pick(streets)}, ${town}`,
      postcode: `NV${random.int(1, 19)} ${random.int(1, 9)}${letter()}${letter()}`,
      caseManagerId,
      searchText: searchTextOf({ familyName, givenNames, caseReference }),
      createdAt: context.now,
    }).lastInsertRowid,
  );
  return {
    id,
    dateOfBirth,
    gender,
    town,
    label: `${givenNames} ${familyName} (${caseReference})`,
    listName: `${familyName}, ${givenNames}`,
    caseManagerId,
  };
}
