import type { Answer } from '../../../shared/session-codes';
import { plusDays, plusMonths, weekdayOf } from './days';
import type { DemoPlacement } from './placements';
import type { Random } from './random';
import { surveyComment, valueToThem } from './report-texts';
import type { DemoStatements } from './store';

/**
 * The office's surveys of its beneficiaries, from when each placement was added: about every six
 * months (the policy's survey interval), asked of the placement's contact. Most placements are on
 * schedule; a few are overdue, one was last surveyed over a year ago and one never has been, so
 * the Beneficiary surveys page and the Board report have something due and overdue to show.
 */

/** Where a placement's surveys stand today. */
type Standing = 'ON_TIME' | 'OVERDUE' | 'LAPSED' | 'NEVER';

/** How content a beneficiary is: most are, a few have had reasons not to be. */
const ratingsOf = {
  content: [
    [5, 55],
    [4, 35],
    [3, 8],
    [2, 2],
  ],
  mixed: [
    [5, 15],
    [4, 40],
    [3, 35],
    [2, 10],
  ],
} as const;

/** A weekday near the date, never after today: the office rings or visits in the week. */
function weekdayNear(date: string, today: string): string {
  const day = weekdayOf(date);
  const moved = day === 6 ? plusDays(date, -1) : day === 0 ? plusDays(date, 1) : date;
  return moved > today ? plusDays(moved, -3) : moved;
}

/** The standing of each placement: a few overdue, one lapsed and one never surveyed, by chance. */
function standings(random: Random, count: number): Standing[] {
  const overdue = Math.max(3, Math.round(count * 0.08));
  const lapsed = Math.max(1, Math.round(count * 0.03));
  const list: Standing[] = Array.from({ length: count }, (_, i) =>
    i === 0 ? 'NEVER' : i <= lapsed ? 'LAPSED' : i <= lapsed + overdue ? 'OVERDUE' : 'ON_TIME',
  );
  // Shuffled (Fisher–Yates), so which placements fall behind is the seed's choice.
  for (let i = list.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** The dates of a placement's surveys, oldest first, counted back from the latest. */
function surveyDates(random: Random, p: DemoPlacement, standing: Standing, today: string) {
  if (standing === 'NEVER') return [];
  const daysAgo =
    standing === 'ON_TIME'
      ? random.int(5, 170)
      : standing === 'OVERDUE'
        ? random.int(200, 290)
        : random.int(420, 540);
  const first = plusMonths(p.addedOn, 5);
  const dates: string[] = [];
  for (let d = plusDays(today, -daysAgo); d >= first;) {
    dates.unshift(weekdayNear(d, today));
    // Usually in the month before it fell due; now and then one was late.
    const back = plusMonths(d, -6);
    d = plusDays(back, random.chance(0.15) ? -random.int(10, 60) : random.int(0, 25));
  }
  return dates;
}

/** Surveys for every work placement (the induction and PPWS centres have no beneficiary); returns how many. */
export function addSurveys(
  random: Random,
  put: DemoStatements,
  options: { work: DemoPlacement[]; recorders: string[]; today: string },
): number {
  const { work, recorders, today } = options;
  const standing = standings(random, work.length);
  let made = 0;
  work.forEach((p, i) => {
    const ratings = random.chance(0.15) ? ratingsOf.mixed : ratingsOf.content;
    for (const surveyedOn of surveyDates(random, p, standing[i]!, today)) {
      const quality = random.weighted(ratings);
      const communication = Math.max(2, Math.min(5, quality + random.weighted(nudge)));
      const lower = Math.min(quality, communication);
      const wouldTakeAgain: Answer =
        lower >= 4
          ? random.chance(0.97)
            ? 'YES'
            : 'UNSURE'
          : lower === 3
            ? random.weighted(takeAgainAtThree)
            : random.weighted(takeAgainAtTwo);
      put.survey.run({
        placementId: p.id,
        surveyedOn,
        respondent: p.contactName,
        qualityRating: quality,
        communicationRating: communication,
        wouldTakeAgain,
        valueToThem: valueToThem(random, p.work),
        comments: surveyComment(random, lower),
        recordedBy: random.pick(recorders),
        createdAt: `${surveyedOn}T${random.int(10, 16)}:${random.int(10, 59)}:00.000Z`,
      });
      made += 1;
    }
  });
  return made;
}

/** Communication rated like the work, now and then a point either side. */
const nudge = [
  [0, 70],
  [-1, 18],
  [1, 12],
] as const;

const takeAgainAtThree = [
  ['YES', 60],
  ['UNSURE', 35],
  ['NO', 5],
] as const;

const takeAgainAtTwo = [
  ['YES', 20],
  ['UNSURE', 40],
  ['NO', 40],
] as const;
