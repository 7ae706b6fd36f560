import type { TargetDimension, TargetFeature } from '../../../shared/session-codes';
import { ethnicGroups } from '../../../shared/target-groups';
import type { DemoStatements } from './store';

/**
 * The office's local diversity targets for this year and the two before: for every ethnic group,
 * women, 16–17 year olds, young adults and disabled people, the share to be placed where the work
 * offers skills learning or contact with beneficiaries. The office raises them five points a year,
 * so some are met and some are not.
 */

type Target = [TargetDimension, string, TargetFeature, number];

/** This year's targets; each year before is five points lower. */
const thisYear: Target[] = [
  ...ethnicGroups
    .filter((g) => g.code !== 'Not stated')
    .flatMap((g): Target[] => [
      ['ETHNICITY', g.code, 'SKILLS_LEARNING', 65],
      ['ETHNICITY', g.code, 'BENEFICIARY_CONTACT', 30],
    ]),
  ['GENDER', 'FEMALE', 'SKILLS_LEARNING', 70],
  ['GENDER', 'FEMALE', 'BENEFICIARY_CONTACT', 35],
  ['AGE_BAND', '16-17', 'SKILLS_LEARNING', 75],
  ['AGE_BAND', '16-17', 'BENEFICIARY_CONTACT', 30],
  ['AGE_BAND', '18-24', 'SKILLS_LEARNING', 70],
  ['DISABILITY', 'YES', 'SKILLS_LEARNING', 60],
  ['DISABILITY', 'YES', 'BENEFICIARY_CONTACT', 35],
];

/** Sets the targets of the three years; returns how many. */
export function setTargets(put: DemoStatements, options: { today: string; goLive: string }) {
  const { today, goLive } = options;
  const year = Number(today.slice(0, 4));
  let made = 0;
  for (const back of [2, 1, 0]) {
    // Set each January; the years before Amends were entered when it went live.
    const january = `${year - back}-01-12`;
    const setOn = january < goLive ? goLive : january > today ? today : january;
    for (const [dimension, group, feature, percent] of thisYear) {
      put.target.run(
        year - back,
        dimension,
        group,
        feature,
        percent - 5 * back,
        `${setOn}T11:00:00.000Z`,
      );
      made += 1;
    }
  }
  return made;
}
