import type { Outcome, Rating } from '../../../shared/placement-codes';
import type { StandDownCause } from '../../../shared/session-codes';
import { minutesOf } from '../sessions/rules';
import type { Random } from './random';

/**
 * What a supervisor's register says for one person: the outcome, the times, the penalty, the
 * ratings and a note. Pure over the random source; the credit is worked out by the sessions rules.
 */
export interface DemoRow {
  outcome: Outcome;
  arrivedAt: string | null;
  leftAt: string | null;
  penaltyMinutes: number;
  workQuality: Rating | null;
  behaviour: Rating | null;
  standDownCause: StandDownCause | null;
  notes: string | null;
  alertCaseManager: boolean;
}

/** How reliable a person is: most turn up; a quarter are patchy; a tenth rarely comply. */
export type Reliability = 0 | 1 | 2;

export const reliabilityWeights: [Reliability, number][] = [
  [0, 68],
  [1, 24],
  [2, 8],
];

/** Outcome weights by reliability (percent of bookings that are not stood down). */
const outcomeWeights: Record<Reliability, [Outcome, number][]> = {
  0: [
    ['AFTC', 2],
    ['ATSH', 0.3],
    ['UACP', 1.5],
    ['AAME', 2.2],
    ['AAEM', 1.5],
    ['AAFC', 1.3],
    ['AACL', 0.5],
    ['RSOF', 2],
    ['RSSR', 1],
  ],
  1: [
    ['AFTC', 8],
    ['ATSH', 1.5],
    ['UACP', 7],
    ['AAME', 3],
    ['AAEM', 1.5],
    ['AAFC', 2],
    ['AACL', 1],
    ['RSOF', 2.5],
    ['RSSR', 1],
  ],
  2: [
    ['AFTC', 12],
    ['ATSH', 4],
    ['UACP', 18],
    ['AAME', 4],
    ['AAEM', 1],
    ['AAFC', 2.5],
    ['AACL', 1.5],
    ['RSOF', 3],
    ['RSSR', 1],
  ],
};
const withAttended = (weights: [Outcome, number][]): [Outcome, number][] => [
  ['ATTC', 100 - weights.reduce((s, [, w]) => s + w, 0)],
  ...weights,
];
const outcomeTables = {
  0: withAttended(outcomeWeights[0]),
  1: withAttended(outcomeWeights[1]),
  2: withAttended(outcomeWeights[2]),
};

export function pickOutcome(random: Random, reliability: Reliability): Outcome {
  return random.weighted(outcomeTables[reliability]);
}

export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const round5 = (n: number) => Math.round(n / 5) * 5;

const goodRatings: [Rating, number][] = [
  ['EXCELLENT', 15],
  ['GOOD', 45],
  ['SATISFACTORY', 34],
  ['UNSATISFACTORY', 5],
  ['POOR', 1],
];
const middlingRatings: [Rating, number][] = [
  ['GOOD', 10],
  ['SATISFACTORY', 40],
  ['UNSATISFACTORY', 38],
  ['POOR', 12],
];

const absenceNotes: Partial<Record<Outcome, (string | null)[]>> = {
  AAME: ["GP's note received", 'Hospital appointment letter seen', 'Sick note for the week'],
  AAEM: ['Letter from employer: extra shift', 'Payslip shows shift that day', 'Job interview'],
  AAFC: ['Child unwell; school confirmed', 'No childcare: nursery closed', 'Family funeral'],
  AACL: ['Attending court as a witness', 'Solicitor appointment confirmed', 'Housing tribunal'],
  RSOF: ['Asked to move: hospital appointment', 'Asked to move: family event'],
  RSSR: ['Moved to balance numbers across the week', 'Moved: placement changed its day'],
  UACP: [null, 'No contact', 'Phone switched off'],
};
const sentHomeNotes = [
  'Sent home: abusive to another person on the placement',
  'Sent home: refused to follow the supervisor’s instructions',
  'Sent home: smelled strongly of alcohol',
  'Sent home: threatening towards the supervisor',
];

/** A register row for a session from `start` to `end` (times as HH:MM). */
export function registerRow(
  random: Random,
  outcome: Outcome,
  start: string,
  end: string,
  cause: StandDownCause | null = null,
): DemoRow {
  const from = minutesOf(start);
  const to = minutesOf(end);
  const row: DemoRow = {
    outcome,
    arrivedAt: null,
    leftAt: null,
    penaltyMinutes: 0,
    workQuality: null,
    behaviour: null,
    standDownCause: null,
    notes: null,
    alertCaseManager: false,
  };
  switch (outcome) {
    case 'ATTC': {
      // Most stay the day; some leave early by agreement (an appointment, a bus).
      const early = random.chance(0.08) ? round5(random.int(45, 150)) : 0;
      row.arrivedAt = start;
      row.leftAt = timeOf(to - early);
      row.workQuality = random.weighted(goodRatings);
      row.behaviour = random.weighted(goodRatings);
      if (early) row.notes = 'Left early by agreement';
      break;
    }
    case 'AFTC': {
      const kind = random.weighted([
        ['late', 45],
        ['penalty', 35],
        ['left', 20],
      ] as const);
      row.arrivedAt = start;
      row.leftAt = end;
      if (kind === 'late') {
        const late = round5(random.int(20, 60));
        row.arrivedAt = timeOf(from + late);
        row.notes = `Arrived ${late} minutes late`;
      } else if (kind === 'penalty') {
        row.penaltyMinutes = random.pick([30, 45, 60, 90]);
        row.notes = random.pick([
          'Penalised: on the phone after two warnings',
          'Penalised: long breaks without permission',
          'Penalised: no safety boots, worked in the yard only',
        ]);
      } else {
        const left = round5(random.int(90, Math.min(240, to - from - 60)));
        row.leftAt = timeOf(to - left);
        row.notes = `Left without permission at ${row.leftAt}`;
      }
      row.workQuality = random.weighted(middlingRatings);
      row.behaviour = random.weighted(middlingRatings);
      break;
    }
    case 'ATSH': {
      row.arrivedAt = start;
      row.leftAt = timeOf(from + round5(random.int(45, Math.min(240, to - from - 30))));
      row.workQuality = random.pick(['UNSATISFACTORY', 'POOR'] as const);
      row.behaviour = 'POOR';
      row.notes = random.pick(sentHomeNotes);
      row.alertCaseManager = random.chance(0.7);
      break;
    }
    case 'ATSS': {
      // Arrived, then sent home by the service: the stand-down credit covers the day.
      row.arrivedAt = start;
      row.leftAt = timeOf(from + round5(random.int(20, 75)));
      row.standDownCause = cause;
      break;
    }
    case 'AASD':
      row.standDownCause = cause;
      break;
    default:
      row.notes = random.pick(absenceNotes[outcome] ?? [null]);
      if (outcome === 'UACP' && random.chance(0.06)) {
        row.notes = 'No contact for a week: concerned for their welfare';
        row.alertCaseManager = true;
      }
  }
  if (outcome === 'AFTC' && random.chance(0.05)) row.alertCaseManager = true;
  return row;
}
