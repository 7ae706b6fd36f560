import { drizzle } from 'drizzle-orm/better-sqlite3';
import { defaultPolicy, type Policy } from '../../../shared/policy';
import type { TargetDimension } from '../../../shared/session-codes';
import { ageBands, ethnicGroupOf, targetGroups } from '../../../shared/target-groups';
import type { Sqlite } from '../db/open';
import * as schema from '../db/schema';
import { policyOn } from '../policy/store';

/**
 * Pieces the diversity, enforcement and capacity sections share: the age band of an order in
 * SQL, folding counts by a person's codes into the groups of shared/target-groups.ts, the policy
 * in force on a date, and how a figure reads in a summary.
 */

/** SQL for the age band ('16-17', '18-24', …, '50+') of an age column; built from `ageBands`. */
export function ageBandSql(column: string): string {
  const bounded = ageBands.filter((b) => b.max !== null);
  const last = ageBands[ageBands.length - 1]!.code;
  return `CASE ${bounded.map((b) => `WHEN ${column} <= ${b.max} THEN '${b.code}'`).join(' ')} ELSE '${last}' END`;
}

/**
 * The group of a dimension a stored code belongs to: the census heading of an ethnicity code;
 * a gender, disability answer or age band is already its own group.
 */
export function groupOfCode(dimension: TargetDimension, code: string): string {
  return dimension === 'ETHNICITY' ? ethnicGroupOf(code) : code;
}

/**
 * Adds up rows counted by a stored code into the dimension's groups, in the order of the
 * dimension's list (codes outside the list are kept at the end, so nothing is ever dropped).
 */
export function foldByGroup<T extends Record<string, number>>(
  dimension: TargetDimension,
  rows: readonly ({ code: string } & T)[],
  zero: () => T,
): { group: string; label: string; values: T }[] {
  const totals = new Map<string, T>();
  for (const row of rows) {
    const group = groupOfCode(dimension, row.code);
    const sum = totals.get(group) ?? zero();
    for (const key of Object.keys(sum) as (keyof T)[])
      (sum[key] as number) += Number(row[key] ?? 0);
    totals.set(group, sum);
  }
  const known = targetGroups[dimension];
  const order = [
    ...known.map((g) => g.code),
    ...[...totals.keys()].filter((k) => !known.some((g) => g.code === k)),
  ];
  return order.map((group) => ({
    group,
    label: known.find((g) => g.code === group)?.label ?? group,
    values: totals.get(group) ?? zero(),
  }));
}

/** The policy in force on a date, read by the policy store itself so the two never disagree. */
export function policyAt(sqlite: Sqlite, date: string): Policy {
  return policyOn(drizzle(sqlite, { schema }), date).values;
}

/**
 * SQL for one policy value in force on the date in `dateColumn`, as `policyOn` works it out: the
 * latest version from that date or before, the default when there is none or it predates the setting.
 */
export function policyValueSql(key: keyof Policy, dateColumn: string): string {
  return `COALESCE((SELECT json_extract(v."values", '$.${key}') FROM policy_versions v WHERE v.effective_from <= ${dateColumn} ORDER BY v.effective_from DESC LIMIT 1), ${defaultPolicy[key]})`;
}

/** A period's name inside a sentence: "in July to September 2026", "in the year 2026". */
export const during = (p: { label: string }) => p.label.replace(/^The /, 'the ');

/** A share in a sentence: "42.9%", or "no share" when there was nothing to divide. */
export const shareText = (value: number | null) => (value === null ? 'no share' : `${value}%`);

/** "1 person" / "3 people", "1 warning" / "2 warnings". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** A mean to one decimal place; null when there is nothing to average. */
export function mean(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}
