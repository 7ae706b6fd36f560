import type { BoardSection } from '../../../../shared/contract/board';
import { formatDate } from '../../../../shared/dates';
import type { Sqlite } from '../../db/open';
import { dayOf, nextSurveyDue } from '../../surveys/rules';
import { counted, during, mean, policyAt, shareText } from '../breakdowns';
import { endOf, type Period, type Periods } from '../period';
import { comparison, percent } from '../table';

/**
 * Beneficiary surveys: how many came back in the period and what the beneficiaries thought, the
 * placements whose survey was overdue at the period's end, and their latest comments.
 */

/** Surveys dated in the period, the placements they were about, the mean ratings and who would take people again. */
const surveysSql = `
  SELECT COUNT(*) AS surveys,
    COUNT(DISTINCT placement_id) AS placements,
    AVG(quality_rating) AS quality,
    AVG(communication_rating) AS communication,
    COALESCE(SUM(would_take_again = 'YES'), 0) AS again
  FROM beneficiary_surveys
  WHERE surveyed_on BETWEEN @from AND @to`;

/**
 * Active placements (not the office's own induction and PPWS placement, which has no beneficiary
 * to ask), with their latest survey on or before the end; the schedule of surveys/rules.ts then
 * says which were overdue that day, so the Board and the surveys page agree.
 */
const scheduleSql = `
  SELECT p.name AS placement, p.beneficiary AS beneficiary, p.created_at AS createdAt,
    (SELECT MAX(b.surveyed_on) FROM beneficiary_surveys b
     WHERE b.placement_id = p.id AND b.surveyed_on <= @end) AS lastSurvey
  FROM placements p
  WHERE p.active = 1 AND p.type <> 'INDUCTION_PPWS'`;

/** The ten latest comments of surveys in the period, with the placement they were about. */
const commentsSql = `
  SELECT s.surveyed_on AS date, p.name AS placement, trim(s.comments) AS text
  FROM beneficiary_surveys s JOIN placements p ON p.id = s.placement_id
  WHERE s.surveyed_on BETWEEN @from AND @to AND trim(COALESCE(s.comments, '')) <> ''
  ORDER BY s.surveyed_on DESC, s.id DESC
  LIMIT 10`;

interface Figures {
  surveys: number;
  placements: number;
  quality: number | null;
  communication: number | null;
  again: number;
}

const figures = (sqlite: Sqlite, p: Period) =>
  sqlite.prepare(surveysSql).get({ from: p.from, to: p.to }) as Figures;

export function surveysSection(sqlite: Sqlite, periods: Periods): BoardSection {
  const now = figures(sqlite, periods.current);
  const before = figures(sqlite, periods.previous);
  const end = endOf(periods.current, periods.today);
  const interval = policyAt(sqlite, end).surveyIntervalMonths;
  const schedule = sqlite.prepare(scheduleSql).all({ end }) as {
    placement: string;
    beneficiary: string;
    createdAt: string;
    lastSurvey: string | null;
  }[];
  const overdue = schedule
    .map((p) => ({ ...p, addedOn: dayOf(p.createdAt) }))
    .filter((p) => p.addedOn <= end)
    .map((p) => ({
      ...p,
      due: nextSurveyDue({ addedOn: p.addedOn, lastSurveyedOn: p.lastSurvey }, interval),
    }))
    .filter((p) => p.due < end)
    .sort((a, b) => a.due.localeCompare(b.due) || a.placement.localeCompare(b.placement));
  const comments = sqlite
    .prepare(commentsSql)
    .all({ from: periods.current.from, to: periods.current.to }) as {
    date: string;
    placement: string;
    text: string;
  }[];

  const results = comparison(
    periods,
    {
      id: 'surveys',
      title: 'Beneficiary surveys',
      definition:
        'The surveys of beneficiaries dated in the period. Placements surveyed counts each placement once however many surveys it had. ' +
        'The ratings are the mean of the beneficiaries’ answers from 1 (very dissatisfied) to 5 (very satisfied), to one decimal place, blank with no surveys. ' +
        'The share who would take people on placements again is of the surveys: those answering yes (not no or not sure).',
      emptyMessage: 'No beneficiary survey was returned in either period.',
    },
    now.surveys === 0 && before.surveys === 0
      ? []
      : [
          {
            measure: 'Surveys returned',
            kind: 'count',
            current: now.surveys,
            previous: before.surveys,
          },
          {
            measure: 'Placements surveyed',
            kind: 'count',
            current: now.placements,
            previous: before.placements,
          },
          {
            measure: 'Quality of the work, 1 to 5: average',
            kind: 'number',
            current: mean(now.quality),
            previous: mean(before.quality),
          },
          {
            measure: 'Communication with the office, 1 to 5: average',
            kind: 'number',
            current: mean(now.communication),
            previous: mean(before.communication),
          },
          {
            measure: 'Would take people on placements again',
            kind: 'percent',
            current: percent(now.again, now.surveys),
            previous: percent(before.again, before.surveys),
          },
        ],
  );

  const summary =
    (now.surveys === 0
      ? `No beneficiary survey was returned in ${during(periods.current)}. `
      : `${counted(now.surveys, 'beneficiary survey')} about ${counted(now.placements, 'placement')} ${now.surveys === 1 ? 'was' : 'were'} returned in ${during(periods.current)}, with an average quality rating of ${mean(now.quality)} out of 5; ` +
        `${shareText(percent(now.again, now.surveys))} would take people again. `) +
    (overdue.length === 0
      ? `No placement’s survey was overdue on ${formatDate(end)}.`
      : `${counted(overdue.length, 'placement')} ${overdue.length === 1 ? 'was' : 'were'} overdue a survey on ${formatDate(end)}.`);

  return {
    id: 'surveys',
    title: 'Beneficiary surveys',
    summary,
    tables: [
      results,
      {
        id: 'surveys-overdue',
        title: `Placements overdue a survey on ${formatDate(end)}`,
        columns: [
          { key: 'placement', label: 'Placement', kind: 'text' },
          { key: 'beneficiary', label: 'Beneficiary', kind: 'text' },
          { key: 'lastSurvey', label: 'Last survey', kind: 'date' },
          { key: 'due', label: 'Survey due', kind: 'date' },
        ],
        rows: overdue.map((o) => ({
          placement: o.placement,
          beneficiary: o.beneficiary,
          lastSurvey: o.lastSurvey,
          due: o.due,
        })),
        definition:
          `A placement is overdue a survey when it is active and its next survey was due before ${formatDate(end)} (the period’s end, or today while the period runs). ` +
          `The next survey is due ${counted(interval, 'month')} (the survey interval of the policy settings on that day) after the latest survey on or before that day or, with none, after the day the placement was added to Amends, as on the Beneficiary surveys page. ` +
          'Induction and Pre Placement Work Session placements are the office’s own and are not surveyed. A blank last survey means none yet; the earliest due is listed first.',
        emptyMessage: `No placement’s survey was overdue on ${formatDate(end)}.`,
      },
      {
        id: 'survey-comments',
        title: 'Recent comments from beneficiaries',
        columns: [
          { key: 'date', label: 'Surveyed on', kind: 'date' },
          { key: 'placement', label: 'Placement', kind: 'text' },
          { key: 'text', label: 'Comment', kind: 'text' },
        ],
        rows: comments.map((c) => ({ date: c.date, placement: c.placement, text: c.text })),
        definition:
          'The comments of up to ten of the surveys dated in the period, the latest first, with the placement the survey was about.',
        emptyMessage: 'No beneficiary wrote a comment in the period.',
      },
    ],
  };
}
