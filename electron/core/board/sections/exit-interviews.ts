import type { BoardSection } from '../../../../shared/contract/board';
import type { Sqlite } from '../../db/open';
import { counted, during, mean, shareText } from '../breakdowns';
import type { Period, Periods } from '../period';
import { comparison, percent } from '../table';

/**
 * Exit interviews: how many of the orders completed in the period had one, what the people
 * interviewed in the period said, and their most recent comments (never their names).
 */

/** Orders completed in the period (status COMPLETED, ended in it), and how many have an exit interview at all. */
const completionsSql = `
  SELECT COUNT(*) AS completions,
    COALESCE(SUM(EXISTS (SELECT 1 FROM exit_interviews x WHERE x.order_id = o.id)), 0) AS interviewed
  FROM orders o
  WHERE o.status = 'COMPLETED' AND o.ended_on BETWEEN @from AND @to`;

/** The answers of the exit interviews held in the period (interviewed_on in it). */
const answersSql = `
  SELECT COUNT(*) AS held,
    COALESCE(SUM(work_worthwhile = 'YES'), 0) AS worthwhileYes,
    COALESCE(SUM(work_worthwhile = 'NO'), 0) AS worthwhileNo,
    COALESCE(SUM(work_worthwhile = 'UNSURE'), 0) AS worthwhileUnsure,
    COALESCE(SUM(will_volunteer = 'YES'), 0) AS volunteerYes,
    COALESCE(SUM(will_volunteer = 'NO'), 0) AS volunteerNo,
    COALESCE(SUM(will_volunteer = 'UNSURE'), 0) AS volunteerUnsure,
    COALESCE(SUM(offered_paid_work = 1), 0) AS offeredPaidWork,
    AVG(treatment_rating) AS treatment
  FROM exit_interviews
  WHERE interviewed_on BETWEEN @from AND @to`;

/** The ten latest comments of interviews held in the period: the date and the words only. */
const commentsSql = `
  SELECT interviewed_on AS date, trim(comments) AS text
  FROM exit_interviews
  WHERE interviewed_on BETWEEN @from AND @to AND trim(COALESCE(comments, '')) <> ''
  ORDER BY interviewed_on DESC, id DESC
  LIMIT 10`;

interface Answers {
  held: number;
  worthwhileYes: number;
  worthwhileNo: number;
  worthwhileUnsure: number;
  volunteerYes: number;
  volunteerNo: number;
  volunteerUnsure: number;
  offeredPaidWork: number;
  treatment: number | null;
}

function figures(sqlite: Sqlite, p: Period) {
  const range = { from: p.from, to: p.to };
  return {
    ...(sqlite.prepare(completionsSql).get(range) as { completions: number; interviewed: number }),
    answers: sqlite.prepare(answersSql).get(range) as Answers,
  };
}

export function exitInterviewsSection(sqlite: Sqlite, periods: Periods): BoardSection {
  const now = figures(sqlite, periods.current);
  const before = figures(sqlite, periods.previous);
  const [a, b] = [now.answers, before.answers];
  const comments = sqlite
    .prepare(commentsSql)
    .all({ from: periods.current.from, to: periods.current.to }) as {
    date: string;
    text: string;
  }[];

  const completions = comparison(
    periods,
    {
      id: 'exit-interviews',
      title: 'Completions with an exit interview',
      definition:
        'Completions are the orders ended as completed (all hours worked) with an end date in the period. ' +
        'With an exit interview counts those of them that have an exit interview recorded, whenever it was held; the share is of the completions, blank when there were none.',
      emptyMessage: 'No order was completed in either period.',
    },
    now.completions === 0 && before.completions === 0
      ? []
      : [
          {
            measure: 'Orders completed',
            kind: 'count',
            current: now.completions,
            previous: before.completions,
          },
          {
            measure: 'With an exit interview',
            kind: 'count',
            current: now.interviewed,
            previous: before.interviewed,
          },
          {
            measure: 'Share with an exit interview',
            kind: 'percent',
            current: percent(now.interviewed, now.completions),
            previous: percent(before.interviewed, before.completions),
          },
        ],
  );

  const answerRow = (measure: string, key: Exclude<keyof Answers, 'treatment'>) => ({
    measure,
    kind: 'count' as const,
    current: a[key],
    previous: b[key],
  });
  const answers = comparison(
    periods,
    {
      id: 'exit-answers',
      title: 'What people said at their exit interview',
      definition:
        'The answers given at the exit interviews held in the period (by the date of the interview), one interview per order. ' +
        'Worthwhile: whether they felt the work was worthwhile (yes, no or not sure); the share is of the interviews held. ' +
        'Volunteering: whether they will carry on as volunteers. Paid work: interviews where they said a beneficiary offered them paid work. ' +
        'Treatment: the mean of their rating of how supervisors and staff treated them, from 1 (poorly) to 5 (very well), to one decimal place; blank with no interviews.',
      emptyMessage: 'No exit interview was held in either period.',
    },
    a.held === 0 && b.held === 0
      ? []
      : [
          answerRow('Exit interviews held', 'held'),
          answerRow('Work worthwhile: yes', 'worthwhileYes'),
          answerRow('Work worthwhile: no', 'worthwhileNo'),
          answerRow('Work worthwhile: not sure', 'worthwhileUnsure'),
          {
            measure: 'Share who found the work worthwhile',
            kind: 'percent',
            current: percent(a.worthwhileYes, a.held),
            previous: percent(b.worthwhileYes, b.held),
          },
          answerRow('Will carry on volunteering: yes', 'volunteerYes'),
          answerRow('Will carry on volunteering: no', 'volunteerNo'),
          answerRow('Will carry on volunteering: not sure', 'volunteerUnsure'),
          answerRow('Offered paid work by a beneficiary', 'offeredPaidWork'),
          {
            measure: 'How they were treated, 1 (poorly) to 5 (very well): average',
            kind: 'number',
            current: mean(a.treatment),
            previous: mean(b.treatment),
          },
        ],
  );

  const completed =
    now.completions === 0
      ? `No order was completed in ${during(periods.current)}.`
      : `${counted(now.completions, 'order')} ${now.completions === 1 ? 'was' : 'were'} completed in ${during(periods.current)} and ${shareText(percent(now.interviewed, now.completions))} of them had an exit interview.`;
  const said =
    a.held === 0
      ? 'No exit interview was held in the period.'
      : `Of the ${counted(a.held, 'exit interview')} held, ${a.worthwhileYes} found the work worthwhile and ${a.volunteerYes} will carry on volunteering.`;
  const summary =
    now.completions === 0 && a.held === 0
      ? `No order was completed and no exit interview was held in ${during(periods.current)}.`
      : `${completed} ${said}`;

  return {
    id: 'exitInterviews',
    title: 'Exit interviews',
    summary,
    tables: [
      completions,
      answers,
      {
        id: 'exit-comments',
        title: 'Recent comments at exit interviews',
        columns: [
          { key: 'date', label: 'Interviewed on', kind: 'date' },
          { key: 'text', label: 'Comment', kind: 'text' },
        ],
        rows: comments.map((c) => ({ date: c.date, text: c.text })),
        definition:
          'The comments of up to ten of the exit interviews held in the period, the latest first, as written down at the interview. Names of the people interviewed are left out.',
        emptyMessage: 'No comment was written down at an exit interview in the period.',
      },
    ],
  };
}
