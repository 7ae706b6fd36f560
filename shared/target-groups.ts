import { codes, disabilityAnswers, ethnicities, genders, type CodeItem } from './codes';
import type { TargetDimension } from './session-codes';

/**
 * The groups the Board report's diversity and enforcement tables are broken down by, and the
 * codes local targets are set against (local_targets.group_code), one list per dimension:
 *
 * - ETHNICITY: the heading of the 2021 census ethnic group (the `group` of `ethnicities`), the
 *   heading itself being the code, e.g. 'White' or 'Mixed or Multiple ethnic groups';
 * - GENDER: the person's gender code (MALE, FEMALE, OTHER, NOT_STATED);
 * - AGE_BAND: the band of the age at sentence: '16-17', '18-24', '25-34', '35-49', '50+';
 * - DISABILITY: the person's answer (YES, NO, NOT_STATED).
 *
 * The settings screen offers these lists; saving a target refuses any other code.
 */

/** The census headings in the order of the code list: each is its own code. */
export const ethnicGroups: readonly CodeItem[] = [...new Set(ethnicities.map((e) => e.group))].map(
  (heading) => ({ code: heading, label: heading }),
);

/** Age bands at sentence, youngest first; `max` is the last age in the band (none for the last). */
export const ageBands = codes([
  { code: '16-17', label: '16–17', max: 17 },
  { code: '18-24', label: '18–24', max: 24 },
  { code: '25-34', label: '25–34', max: 34 },
  { code: '35-49', label: '35–49', max: 49 },
  { code: '50+', label: '50 and over', max: null },
] as const);

export type AgeBand = (typeof ageBands)[number]['code'];

export const targetGroups: Record<TargetDimension, readonly CodeItem[]> = {
  ETHNICITY: ethnicGroups,
  GENDER: genders,
  AGE_BAND: ageBands,
  DISABILITY: disabilityAnswers,
};

/** The band an age at sentence falls in (an order is only made at 16 or over). */
export function ageBandOf(age: number): AgeBand {
  return (ageBands.find((b) => b.max !== null && age <= b.max) ?? ageBands[ageBands.length - 1]!)
    .code;
}

/** The census heading an ethnicity code belongs to; an unknown code is 'Not stated'. */
export function ethnicGroupOf(code: string): string {
  return ethnicities.find((e) => e.code === code)?.group ?? 'Not stated';
}

/** Whether a code is one of the dimension's groups. */
export function isGroupOf(dimension: TargetDimension, code: string): boolean {
  return targetGroups[dimension].some((g) => g.code === code);
}

export function groupLabel(dimension: TargetDimension, code: string): string {
  return targetGroups[dimension].find((g) => g.code === code)?.label ?? code;
}
