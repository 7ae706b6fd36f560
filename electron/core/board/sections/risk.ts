import type { BoardSection, BoardTable } from '../../../../shared/contract/board';
import { formatDate } from '../../../../shared/dates';
import type { Sqlite } from '../../db/open';
import type { Period, Periods } from '../period';
import { percent } from '../table';
import { counted, shareText } from '../breakdowns';
import { comparisonOf } from './measures';

/**
 * Risk of harm: every allocation must be made on a completed assessment (the bulletin: "no
 * offender is allocated to work without a risk of harm assessment being completed"), and the
 * share of new orders with a full assessment, with sentence plans where there is none.
 */

interface Allocations {
  made: number;
  assessed: number;
  full: number;
}

function allocationsIn(sqlite: Sqlite, p: Period): Allocations {
  // Allocations dated in the period; assessed when the assessment kept with the allocation is of
  // the same order and dated on or before the allocation; full when that one is a full assessment.
  return sqlite
    .prepare(
      `SELECT COUNT(*) AS made, COUNT(ra.id) AS assessed, COALESCE(SUM(ra.kind = 'FULL'), 0) AS full
       FROM allocations a
       LEFT JOIN risk_assessments ra ON ra.id = a.risk_assessment_id
         AND ra.order_id = a.order_id AND ra.assessed_on <= a.allocated_on
       WHERE a.allocated_on BETWEEN @from AND @to`,
    )
    .get({ from: p.from, to: p.to }) as Allocations;
}

function exceptionsTable(sqlite: Sqlite, p: Period): BoardTable {
  // The allocations of the period that fail the test above, with what is wrong.
  const rows = sqlite
    .prepare(
      `SELECT pe.case_reference AS caseReference, pl.name AS placement, a.allocated_on AS allocatedOn,
         CASE WHEN ra.order_id = a.order_id THEN ra.assessed_on END AS assessedOn
       FROM allocations a
       JOIN orders o ON o.id = a.order_id
       JOIN people pe ON pe.id = o.person_id
       JOIN placements pl ON pl.id = a.placement_id
       LEFT JOIN risk_assessments ra ON ra.id = a.risk_assessment_id
       WHERE a.allocated_on BETWEEN @from AND @to
         AND (ra.id IS NULL OR ra.order_id <> a.order_id OR ra.assessed_on > a.allocated_on)
       ORDER BY a.allocated_on, pe.case_reference`,
    )
    .all({ from: p.from, to: p.to }) as {
    caseReference: string;
    placement: string;
    allocatedOn: string;
    assessedOn: string | null;
  }[];
  return {
    id: 'risk-exceptions',
    title: 'Allocations without a completed assessment',
    columns: [
      { key: 'caseReference', label: 'Case reference', kind: 'text' },
      { key: 'placement', label: 'Placement', kind: 'text' },
      { key: 'allocatedOn', label: 'Allocated on', kind: 'date' },
      { key: 'assessedOn', label: 'Assessment dated', kind: 'date' },
      { key: 'problem', label: 'What is wrong', kind: 'text' },
    ],
    rows: rows.map((r) => ({
      ...r,
      problem: r.assessedOn
        ? `The assessment is dated ${formatDate(r.assessedOn)}, after the allocation`
        : 'No assessment of this order is kept with the allocation',
    })),
    definition:
      'Every allocation dated in this period whose kept risk of harm assessment is missing, belongs to another order, or is dated after the allocation. The standard is that there are none.',
    emptyMessage:
      'Every allocation in this period was made with a completed risk of harm assessment.',
  };
}

interface Completion {
  sentenced: number;
  full: number;
  planOnly: number;
  none: number;
}

function completionOf(sqlite: Sqlite, p: Period, today: string): Completion {
  // Orders sentenced in the period: with a full assessment dated up to today; without one but
  // with a sentence plan; with no assessment of either kind.
  return sqlite
    .prepare(
      `SELECT COUNT(*) AS sentenced, COALESCE(SUM(f.has_full), 0) AS full,
         COALESCE(SUM(NOT f.has_full AND f.has_plan), 0) AS planOnly,
         COALESCE(SUM(NOT f.has_full AND NOT f.has_plan), 0) AS none
       FROM (
         SELECT
           EXISTS (SELECT 1 FROM risk_assessments r WHERE r.order_id = o.id
             AND r.kind = 'FULL' AND r.assessed_on <= @today) AS has_full,
           EXISTS (SELECT 1 FROM risk_assessments r WHERE r.order_id = o.id
             AND r.kind = 'SENTENCE_PLAN' AND r.assessed_on <= @today) AS has_plan
         FROM orders o WHERE o.sentence_date BETWEEN @from AND @to
       ) f`,
    )
    .get({ from: p.from, to: p.to, today }) as Completion;
}

export function riskSection(sqlite: Sqlite, periods: Periods): BoardSection {
  const now = allocationsIn(sqlite, periods.current);
  const before = allocationsIn(sqlite, periods.previous);
  const nowDone = completionOf(sqlite, periods.current, periods.today);
  const beforeDone = completionOf(sqlite, periods.previous, periods.today);
  const both = <T>(a: T, b: T, of: (x: T) => number | null) => ({
    current: of(a),
    previous: of(b),
  });
  const allocations = comparisonOf(
    periods,
    {
      id: 'risk-allocations',
      title: 'Allocations made with a completed risk of harm assessment',
      definition:
        'Allocations to a placement dated in the period (a move to another placement is a new allocation). With a completed assessment: the risk of harm assessment kept with the allocation is of the same order and dated on or before the allocation date. The standard is 100%. On a full assessment: that assessment is a full risk of harm assessment rather than a sentence plan.',
      emptyMessage: 'No allocations were made in this period or the previous one.',
    },
    now.made + before.made > 0,
    [
      { measure: 'Allocations made', kind: 'count', ...both(now, before, (a) => a.made) },
      {
        measure: 'With a completed assessment on or before the allocation',
        kind: 'count',
        ...both(now, before, (a) => a.assessed),
      },
      {
        measure: 'Share with a completed assessment (standard 100%)',
        kind: 'percent',
        ...both(now, before, (a) => percent(a.assessed, a.made)),
      },
      {
        measure: 'Of which on a full assessment',
        kind: 'count',
        ...both(now, before, (a) => a.full),
      },
      {
        measure: 'Without a completed assessment',
        kind: 'count',
        ...both(now, before, (a) => a.made - a.assessed),
      },
    ],
  );
  const completion = comparisonOf(
    periods,
    {
      id: 'risk-completion',
      title: 'Risk of harm assessment completed',
      definition:
        'Orders whose sentence date falls in the period, with their risk of harm assessments dated up to the day the report is made. Completion rate: orders with a full risk of harm assessment as a share of the orders sentenced. Sentence plans: of the orders without a full assessment, those with a sentence plan recorded instead, and their share.',
      emptyMessage: 'No orders were sentenced in this period or the previous one.',
    },
    nowDone.sentenced + beforeDone.sentenced > 0,
    [
      {
        measure: 'Orders sentenced',
        kind: 'count',
        ...both(nowDone, beforeDone, (c) => c.sentenced),
      },
      {
        measure: 'With a full assessment',
        kind: 'count',
        ...both(nowDone, beforeDone, (c) => c.full),
      },
      {
        measure: 'Completion rate of full assessments',
        kind: 'percent',
        ...both(nowDone, beforeDone, (c) => percent(c.full, c.sentenced)),
      },
      {
        measure: 'Without a full assessment',
        kind: 'count',
        ...both(nowDone, beforeDone, (c) => c.sentenced - c.full),
      },
      {
        measure: 'Of which with a sentence plan',
        kind: 'count',
        ...both(nowDone, beforeDone, (c) => c.planOnly),
      },
      {
        measure: 'Share without a full assessment that have a sentence plan',
        kind: 'percent',
        ...both(nowDone, beforeDone, (c) => percent(c.planOnly, c.sentenced - c.full)),
      },
      {
        measure: 'With no assessment at all',
        kind: 'count',
        ...both(nowDone, beforeDone, (c) => c.none),
      },
    ],
  );
  const missing = now.made - now.assessed;
  const allocationWords =
    now.made > 0
      ? `${shareText(percent(now.assessed, now.made))} of the ${counted(now.made, 'allocation')} made in the period had a completed risk of harm assessment${missing > 0 ? `: ${counted(missing, 'allocation')} did not, listed below` : ''}.`
      : 'No allocations were made in the period.';
  const completionWords =
    nowDone.sentenced > 0
      ? ` ${shareText(percent(nowDone.full, nowDone.sentenced))} of the orders sentenced have a full assessment.`
      : '';
  return {
    id: 'risk',
    title: 'Risk of harm',
    summary: allocationWords + completionWords,
    tables: [allocations, exceptionsTable(sqlite, periods.current), completion],
  };
}
