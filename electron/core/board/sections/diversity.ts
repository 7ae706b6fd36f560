import type { BoardSection, BoardTable } from '../../../../shared/contract/board';
import { labelOf } from '../../../../shared/codes';
import { targetDimensions, type TargetDimension } from '../../../../shared/session-codes';
import type { Sqlite } from '../../db/open';
import { ageBandSql, counted, during, foldByGroup, shareText } from '../breakdowns';
import type { Period, Periods } from '../period';
import { comparison, percent } from '../table';

/**
 * Diversity: the people who started a placement in the period, by ethnic group, gender, age band
 * at sentence and disability, against the placements they got and the office's local targets.
 */

/** Who counts, in words shared by every table of the section. */
const startedDefinition =
  'People who started a placement are counted once for each order whose first placement (its earliest allocation) was made in the period. ' +
  'A placement offers skills learning when its quality features include skills learning or Guided Skills Learning, and contact with beneficiaries when they include that feature; the placement counted is the one of that first allocation.';

/**
 * Each order's first allocation (the earliest allocated_on, the earlier entry on a tie) when it
 * falls in the period, with the person's codes, the age band at sentence and what the placement
 * offers, counted by every combination of codes (a few hundred rows at most).
 */
const startedSql = `
  WITH firsts AS (
    SELECT a.order_id, a.placement_id
    FROM allocations a
    WHERE a.allocated_on BETWEEN @from AND @to
      AND NOT EXISTS (
        SELECT 1 FROM allocations e
        WHERE e.order_id = a.order_id
          AND (e.allocated_on < a.allocated_on OR (e.allocated_on = a.allocated_on AND e.id < a.id)))
  )
  SELECT pe.ethnicity AS ethnicity, pe.gender AS gender, pe.disability AS disability,
    ${ageBandSql('o.age_at_sentence')} AS ageBand,
    COUNT(*) AS people,
    SUM(EXISTS (SELECT 1 FROM json_each(p.features) f
                WHERE f.value IN ('SKILLS_LEARNING', 'GUIDED_SKILLS_LEARNING'))) AS skills,
    SUM(EXISTS (SELECT 1 FROM json_each(p.features) f WHERE f.value = 'BENEFICIARY_CONTACT')) AS contact,
    SUM(EXISTS (SELECT 1 FROM json_each(p.suits) f WHERE f.value = 'SUITABLE_16_17')) AS suitable
  FROM firsts
  JOIN orders o ON o.id = firsts.order_id
  JOIN people pe ON pe.id = o.person_id
  JOIN placements p ON p.id = firsts.placement_id
  GROUP BY 1, 2, 3, 4`;

interface Started {
  ethnicity: string;
  gender: string;
  disability: string;
  ageBand: string;
  people: number;
  skills: number;
  contact: number;
  suitable: number;
}

type Counts = { people: number; skills: number; contact: number; suitable: number };
const zero = (): Counts => ({ people: 0, skills: 0, contact: 0, suitable: 0 });

function started(sqlite: Sqlite, p: Period): Started[] {
  return sqlite.prepare(startedSql).all({ from: p.from, to: p.to }) as Started[];
}

/** The stored code a row has for a dimension. */
const codeFor: Record<TargetDimension, (r: Started) => string> = {
  ETHNICITY: (r) => r.ethnicity,
  GENDER: (r) => r.gender,
  AGE_BAND: (r) => r.ageBand,
  DISABILITY: (r) => r.disability,
};

function total(rows: readonly Started[], where: (r: Started) => boolean = () => true): Counts {
  const sum = zero();
  for (const r of rows.filter(where)) {
    sum.people += r.people;
    sum.skills += r.skills;
    sum.contact += r.contact;
    sum.suitable += r.suitable;
  }
  return sum;
}

/** The targets of a year: dimension → group → feature → percent. */
type Targets = Map<string, number>;
const targetKey = (dimension: string, group: string, feature: string) =>
  `${dimension}|${group}|${feature}`;

/** The local targets set for the year (table local_targets, set on the Policy settings page). */
function targetsOf(sqlite: Sqlite, year: number): Targets {
  const rows = sqlite
    .prepare(
      `SELECT dimension, group_code AS groupCode, feature, target_percent AS targetPercent
       FROM local_targets WHERE year = ?`,
    )
    .all(year) as {
    dimension: string;
    groupCode: string;
    feature: string;
    targetPercent: number;
  }[];
  return new Map(
    rows.map((t) => [targetKey(t.dimension, t.groupCode, t.feature), t.targetPercent]),
  );
}

/** Met when the share placed with the feature is at least the target; unknown without people or target. */
function met(part: number, people: number, target: number | undefined): 'Met' | 'Not met' | null {
  if (target === undefined || people === 0) return null;
  return part * 100 >= target * people ? 'Met' : 'Not met';
}

interface GroupRow {
  dimension: TargetDimension;
  group: string;
  label: string;
  counts: Counts;
  skillsTarget: number | undefined;
  contactTarget: number | undefined;
}

/** Every group of a dimension with people or a target, in the order of the dimension's list. */
function groupRows(dimension: TargetDimension, rows: readonly Started[], targets: Targets) {
  if (total(rows).people === 0) return [];
  const folded = foldByGroup(
    dimension,
    rows.map((r) => ({ code: codeFor[dimension](r), ...r })),
    zero,
  );
  return folded
    .map((g): GroupRow => ({
      dimension,
      group: g.group,
      label: g.label,
      counts: g.values,
      skillsTarget: targets.get(targetKey(dimension, g.group, 'SKILLS_LEARNING')),
      contactTarget: targets.get(targetKey(dimension, g.group, 'BENEFICIARY_CONTACT')),
    }))
    .filter(
      (g) => g.counts.people > 0 || g.skillsTarget !== undefined || g.contactTarget !== undefined,
    );
}

/** Targets that could be measured (their group had people), and how many were met. */
function targetsMet(groups: readonly GroupRow[]): { measured: number; met: number } {
  let measured = 0;
  let metCount = 0;
  for (const g of groups) {
    for (const [part, target] of [
      [g.counts.skills, g.skillsTarget],
      [g.counts.contact, g.contactTarget],
    ] as const) {
      const result = met(part, g.counts.people, target);
      if (result === null) continue;
      measured += 1;
      if (result === 'Met') metCount += 1;
    }
  }
  return { measured, met: metCount };
}

const titles: Record<TargetDimension, string> = {
  ETHNICITY: 'By ethnic group',
  GENDER: 'By gender',
  AGE_BAND: 'By age band at sentence',
  DISABILITY: 'By disability',
};

const ids: Record<TargetDimension, string> = {
  ETHNICITY: 'diversity-ethnicity',
  GENDER: 'diversity-gender',
  AGE_BAND: 'diversity-age',
  DISABILITY: 'diversity-disability',
};

const groupWords: Record<TargetDimension, string> = {
  ETHNICITY:
    'Ethnic groups are the headings of the 2021 census of England and Wales, from the ethnicity recorded for the person.',
  GENDER: 'Gender is as recorded for the person.',
  AGE_BAND:
    'The age band is of the age at sentence of the order: 16–17, 18–24, 25–34, 35–49, 50 and over.',
  DISABILITY: 'Disability is the person’s own answer: yes, no or not stated.',
};

function dimensionTable(
  dimension: TargetDimension,
  groups: readonly GroupRow[],
  year: number,
): BoardTable {
  return {
    id: ids[dimension],
    title: `People who started a placement: ${titles[dimension].toLowerCase()}`,
    columns: [
      { key: 'group', label: labelOf(targetDimensions, dimension), kind: 'text' },
      { key: 'people', label: 'People', kind: 'count' },
      { key: 'skillsShare', label: 'With skills learning', kind: 'percent' },
      { key: 'contactShare', label: 'With beneficiary contact', kind: 'percent' },
      { key: 'skillsTarget', label: 'Skills learning target', kind: 'percent' },
      { key: 'contactTarget', label: 'Beneficiary contact target', kind: 'percent' },
      { key: 'skillsMet', label: 'Skills learning result', kind: 'text' },
      { key: 'contactMet', label: 'Beneficiary contact result', kind: 'text' },
    ],
    rows: groups.map((g) => ({
      group: g.label,
      people: g.counts.people,
      skillsShare: percent(g.counts.skills, g.counts.people),
      contactShare: percent(g.counts.contact, g.counts.people),
      skillsTarget: g.skillsTarget ?? null,
      contactTarget: g.contactTarget ?? null,
      skillsMet: met(g.counts.skills, g.counts.people, g.skillsTarget),
      contactMet: met(g.counts.contact, g.counts.people, g.contactTarget),
    })),
    definition:
      `${startedDefinition} ${groupWords[dimension]} ` +
      'The shares are of the people of the group: those placed with skills learning, and those placed with contact with beneficiaries. ' +
      `The targets are the local targets set for ${year} (the year the period begins in); a target is met when the group’s share is at least the target, and is left blank when the group had nobody to measure. ` +
      'A group is listed when somebody of it started a placement or it has a target.',
    emptyMessage: 'Nobody started a placement in the period, so there is nothing to break down.',
  };
}

/** Shares of one period, for the comparison tables. */
function shares(c: Counts) {
  return {
    skills: percent(c.skills, c.people),
    contact: percent(c.contact, c.people),
    suitable: percent(c.suitable, c.people),
  };
}

const yearOf = (p: Period) => Number(p.from.slice(0, 4));

export function diversitySection(sqlite: Sqlite, periods: Periods): BoardSection {
  const now = started(sqlite, periods.current);
  const before = started(sqlite, periods.previous);
  const year = yearOf(periods.current);
  const targets = targetsOf(sqlite, year);
  const groups = targetDimensions.map((d) => groupRows(d.code, now, targets));
  const previousTargets = targetsOf(sqlite, yearOf(periods.previous));
  const previousGroups = targetDimensions.map((d) => groupRows(d.code, before, previousTargets));
  const result = targetsMet(groups.flat());
  const previousResult = targetsMet(previousGroups.flat());

  const all = total(now);
  const allBefore = total(before);
  const isYoung = (r: Started) => r.ageBand === '16-17';
  const young = total(now, isYoung);
  const youngBefore = total(before, isYoung);
  const [s, sb, y, yb] = [shares(all), shares(allBefore), shares(young), shares(youngBefore)];

  const totals = comparison(
    periods,
    {
      id: 'diversity-totals',
      title: 'People who started a placement, and the placements they got',
      definition:
        `${startedDefinition} ` +
        'The shares are of all those people. Local targets measured are the targets (of the year each period begins in) whose group had somebody start a placement in the period; met means the group’s share was at least the target.',
      emptyMessage: 'Nobody started a placement in either period.',
    },
    all.people === 0 && allBefore.people === 0
      ? []
      : [
          {
            measure: 'People who started a placement',
            kind: 'count',
            current: all.people,
            previous: allBefore.people,
          },
          {
            measure: 'Placed with skills learning',
            kind: 'percent',
            current: s.skills,
            previous: sb.skills,
          },
          {
            measure: 'Placed with contact with beneficiaries',
            kind: 'percent',
            current: s.contact,
            previous: sb.contact,
          },
          {
            measure: 'Local targets measured',
            kind: 'count',
            current: result.measured,
            previous: previousResult.measured,
          },
          {
            measure: 'Local targets met',
            kind: 'count',
            current: result.met,
            previous: previousResult.met,
          },
        ],
  );

  const youngTable = comparison(
    periods,
    {
      id: 'diversity-16-17',
      title: '16–17 year olds who started a placement',
      definition:
        `${startedDefinition} ` +
        'Only orders made when the person was 16 or 17 years old (age at sentence) are counted here. ' +
        'The shares are of those young people: placed with skills learning, with contact with beneficiaries, and at a placement marked as suitable for 16–17 year olds.',
      emptyMessage: 'No 16–17 year old started a placement in either period.',
    },
    young.people === 0 && youngBefore.people === 0
      ? []
      : [
          {
            measure: '16–17 year olds who started a placement',
            kind: 'count',
            current: young.people,
            previous: youngBefore.people,
          },
          {
            measure: 'Placed with skills learning',
            kind: 'percent',
            current: y.skills,
            previous: yb.skills,
          },
          {
            measure: 'Placed with contact with beneficiaries',
            kind: 'percent',
            current: y.contact,
            previous: yb.contact,
          },
          {
            measure: 'At a placement suitable for 16–17 year olds',
            kind: 'percent',
            current: y.suitable,
            previous: yb.suitable,
          },
        ],
  );

  const summary =
    all.people === 0
      ? `Nobody started a placement in ${during(periods.current)}, so there is nothing to set against the local targets.`
      : `${counted(all.people, 'person', 'people')} started a placement in ${during(periods.current)} (${allBefore.people} in ${during(periods.previous)}): ` +
        `${shareText(s.skills)} were placed with skills learning and ${shareText(s.contact)} with contact with beneficiaries. ` +
        (result.measured === 0
          ? `No local target for ${year} could be measured.`
          : `${result.met} of the ${counted(result.measured, 'local target')} for ${year} that could be measured ${result.met === 1 ? 'was' : 'were'} met.`);

  return {
    id: 'diversity',
    title: 'Diversity',
    summary,
    tables: [
      totals,
      ...targetDimensions.map((d, i) => dimensionTable(d.code, groups[i] ?? [], year)),
      youngTable,
    ],
  };
}
