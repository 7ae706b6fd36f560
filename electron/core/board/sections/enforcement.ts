import type { BoardSection, BoardTable } from '../../../../shared/contract/board';
import { requirementTypes, type CodeItem } from '../../../../shared/codes';
import type { TargetDimension } from '../../../../shared/session-codes';
import type { Sqlite } from '../../db/open';
import { ageBandSql, counted, during, foldByGroup } from '../breakdowns';
import type { Period, Periods } from '../period';
import { comparison, percent } from '../table';

/**
 * Enforcement: warnings and breach referrals decided in the period by ethnic group, gender, age
 * band and requirement, each set against the people with an order live in the period in that
 * group, so the Board can see whether enforcement is applied consistently.
 */

const liveWords =
  'People with a live order are the people with at least one order sentenced on or before the last day of the period and not ended before its first day (each person counted once in a group). ';
const decidedWords =
  'Warnings, breach referrals and evidence accepted (an absence made acceptable) are the enforcement decisions recorded with a decision date in the period, each counted against the order it was about. ';
const rateWords =
  'A rate per 100 people is the number of decisions divided by the people with a live order in the group, times 100, to one decimal place; it is blank when the group had nobody with a live order.';

/** Who had an order live in the period, counted once per value of `key` (an SQL expression). */
function livePeople(sqlite: Sqlite, p: Period, key: string) {
  return sqlite
    .prepare(
      `SELECT ${key} AS code, COUNT(DISTINCT o.person_id) AS people
       FROM orders o JOIN people pe ON pe.id = o.person_id
       WHERE o.sentence_date <= @to AND (o.ended_on IS NULL OR o.ended_on >= @from)
       GROUP BY 1`,
    )
    .all({ from: p.from, to: p.to }) as { code: string; people: number }[];
}

/** Decisions made in the period, by decision, counted per value of `key`. */
function decisions(sqlite: Sqlite, p: Period, key: string) {
  return sqlite
    .prepare(
      `SELECT ${key} AS code,
         COALESCE(SUM(d.decision = 'WARNING'), 0) AS warnings,
         COALESCE(SUM(d.decision = 'BREACH'), 0) AS breaches,
         COALESCE(SUM(d.decision = 'ACCEPTABLE'), 0) AS accepted
       FROM enforcement_decisions d
       JOIN orders o ON o.id = d.order_id
       JOIN people pe ON pe.id = o.person_id
       WHERE d.decided_on BETWEEN @from AND @to
       GROUP BY 1`,
    )
    .all({ from: p.from, to: p.to }) as {
    code: string;
    warnings: number;
    breaches: number;
    accepted: number;
  }[];
}

type Counts = { people: number; warnings: number; breaches: number; accepted: number };
const zero = (): Counts => ({ people: 0, warnings: 0, breaches: 0, accepted: 0 });

/** Live people and decisions by a key, merged into one row per stored code. */
function byCode(sqlite: Sqlite, p: Period, key: string): ({ code: string } & Counts)[] {
  const rows = new Map<string, { code: string } & Counts>();
  const row = (code: string) => rows.get(code) ?? rows.set(code, { code, ...zero() }).get(code)!;
  for (const l of livePeople(sqlite, p, key)) row(l.code).people = l.people;
  for (const d of decisions(sqlite, p, key)) Object.assign(row(d.code), { ...d, code: d.code });
  return [...rows.values()];
}

interface Breakdown {
  id: string;
  title: string;
  heading: string;
  /** The SQL giving the stored code a row is counted under. */
  key: string;
  /** Folds stored codes into the listed groups (a census heading from an ethnicity code). */
  dimension: TargetDimension | null;
  groups: readonly CodeItem[];
  words: string;
}

// An ethnicity, gender or disability is one per person, so people counted by code add up
// exactly into the code's group; an age band or requirement is the order's own.
const breakdowns: Breakdown[] = [
  {
    id: 'enforcement-ethnicity',
    title: 'Enforcement by ethnic group',
    heading: 'Ethnic group',
    key: 'pe.ethnicity',
    dimension: 'ETHNICITY',
    groups: [],
    words:
      'Ethnic groups are the headings of the 2021 census of England and Wales, from the ethnicity recorded for the person. ',
  },
  {
    id: 'enforcement-gender',
    title: 'Enforcement by gender',
    heading: 'Gender',
    key: 'pe.gender',
    dimension: 'GENDER',
    groups: [],
    words: 'Gender is as recorded for the person. ',
  },
  {
    id: 'enforcement-age',
    title: 'Enforcement by age band at sentence',
    heading: 'Age band',
    key: ageBandSql('o.age_at_sentence'),
    dimension: 'AGE_BAND',
    groups: [],
    words:
      'The age band is of the age at sentence of the order (16–17, 18–24, 25–34, 35–49, 50 and over); a person with live orders in two bands counts in both. ',
  },
  {
    id: 'enforcement-requirement',
    title: 'Enforcement by requirement',
    heading: 'Requirement',
    key: 'o.requirement_type',
    dimension: null,
    groups: requirementTypes,
    words:
      'The requirement is the sentence carrying the unpaid work; a person with live orders of two kinds counts in both. ',
  },
];

function groupsOf(b: Breakdown, rows: readonly ({ code: string } & Counts)[]) {
  if (b.dimension) return foldByGroup(b.dimension, rows, zero);
  const known = b.groups.map((g) => g.code);
  const codes = [...known, ...rows.map((r) => r.code).filter((c) => !known.includes(c))];
  return codes.map((code) => {
    const row = rows.find((r) => r.code === code);
    return {
      group: code,
      label: b.groups.find((g) => g.code === code)?.label ?? code,
      values: row ? { ...row } : zero(),
    };
  });
}

function breakdownTable(b: Breakdown, rows: readonly ({ code: string } & Counts)[]): BoardTable {
  const groups = groupsOf(b, rows).filter(
    (g) => g.values.people + g.values.warnings + g.values.breaches + g.values.accepted > 0,
  );
  return {
    id: b.id,
    title: b.title,
    columns: [
      { key: 'group', label: b.heading, kind: 'text' },
      { key: 'people', label: 'People with a live order', kind: 'count' },
      { key: 'warnings', label: 'Warnings', kind: 'count' },
      { key: 'warningRate', label: 'Warnings per 100 people', kind: 'number' },
      { key: 'breaches', label: 'Breach referrals', kind: 'count' },
      { key: 'breachRate', label: 'Breach referrals per 100 people', kind: 'number' },
      { key: 'accepted', label: 'Evidence accepted', kind: 'count' },
    ],
    rows: groups.map((g) => ({
      group: g.label,
      people: g.values.people,
      warnings: g.values.warnings,
      warningRate: percent(g.values.warnings, g.values.people),
      breaches: g.values.breaches,
      breachRate: percent(g.values.breaches, g.values.people),
      accepted: g.values.accepted,
    })),
    definition:
      liveWords +
      decidedWords +
      b.words +
      rateWords +
      ' A group is listed when it had somebody with a live order or a decision.',
    emptyMessage: 'Nobody had a live order and no enforcement decision was made in the period.',
  };
}

/** The whole office's figures for a period: people counted once, whatever their groups. */
function totals(sqlite: Sqlite, p: Period): Counts {
  const [people] = livePeople(sqlite, p, "'ALL'");
  const [decided] = decisions(sqlite, p, "'ALL'");
  return {
    people: people?.people ?? 0,
    warnings: decided?.warnings ?? 0,
    breaches: decided?.breaches ?? 0,
    accepted: decided?.accepted ?? 0,
  };
}

export function enforcementSection(sqlite: Sqlite, periods: Periods): BoardSection {
  const now = totals(sqlite, periods.current);
  const before = totals(sqlite, periods.previous);
  const nothing = (c: Counts) => c.people + c.warnings + c.breaches + c.accepted === 0;

  const totalsTable = comparison(
    periods,
    {
      id: 'enforcement-totals',
      title: 'Enforcement decisions',
      definition: `${decidedWords}${liveWords}${rateWords}`,
      emptyMessage:
        'Nobody had a live order and no enforcement decision was made in either period.',
    },
    nothing(now) && nothing(before)
      ? []
      : [
          {
            measure: 'Warnings',
            kind: 'count',
            current: now.warnings,
            previous: before.warnings,
          },
          {
            measure: 'Breach referrals',
            kind: 'count',
            current: now.breaches,
            previous: before.breaches,
          },
          {
            measure: 'Evidence accepted: absence made acceptable',
            kind: 'count',
            current: now.accepted,
            previous: before.accepted,
          },
          {
            measure: 'People with a live order',
            kind: 'count',
            current: now.people,
            previous: before.people,
          },
          {
            measure: 'Warnings per 100 people with a live order',
            kind: 'number',
            current: percent(now.warnings, now.people),
            previous: percent(before.warnings, before.people),
          },
          {
            measure: 'Breach referrals per 100 people with a live order',
            kind: 'number',
            current: percent(now.breaches, now.people),
            previous: percent(before.breaches, before.people),
          },
        ],
  );

  const rate = percent(now.warnings, now.people);
  const summary =
    now.warnings + now.breaches + now.accepted === 0
      ? `No enforcement decision was made in ${during(periods.current)} (${counted(before.warnings, 'warning')} and ${counted(before.breaches, 'breach referral')} in ${during(periods.previous)}).`
      : `${counted(now.warnings, 'warning')} and ${counted(now.breaches, 'breach referral')} were decided in ${during(periods.current)} ` +
        `(${before.warnings} and ${before.breaches} in ${during(periods.previous)})` +
        (rate === null ? '.' : `: ${rate} warnings per 100 people with a live order.`);

  return {
    id: 'enforcement',
    title: 'Enforcement',
    summary,
    tables: [
      totalsTable,
      ...breakdowns.map((b) => breakdownTable(b, byCode(sqlite, periods.current, b.key))),
    ],
  };
}
