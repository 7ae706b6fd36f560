import type { Ethnicity, OffenceCategory, OrderStatus, Religion } from '../../../shared/codes';
import type { Random } from './random';

/** Rough shares of the people sentenced to unpaid work, for a believable demonstration office. */
export const ethnicityWeights: [Ethnicity, number][] = [
  ['WHITE_BRITISH', 70],
  ['WHITE_IRISH', 1],
  ['WHITE_GYPSY_TRAVELLER', 1],
  ['WHITE_ROMA', 0.5],
  ['WHITE_OTHER', 6],
  ['ASIAN_PAKISTANI', 3],
  ['ASIAN_INDIAN', 2],
  ['ASIAN_BANGLADESHI', 1],
  ['ASIAN_CHINESE', 0.3],
  ['ASIAN_OTHER', 1],
  ['BLACK_AFRICAN', 2.5],
  ['BLACK_CARIBBEAN', 2],
  ['BLACK_OTHER', 0.7],
  ['MIXED_WHITE_BLACK_CARIBBEAN', 2],
  ['MIXED_WHITE_BLACK_AFRICAN', 0.5],
  ['MIXED_WHITE_ASIAN', 0.6],
  ['MIXED_OTHER', 0.8],
  ['OTHER_ARAB', 0.5],
  ['OTHER_ANY', 1],
  ['NOT_STATED', 3],
];
export const hoursWeights: [number, number][] = [
  [40, 6],
  [50, 4],
  [60, 12],
  [80, 14],
  [100, 12],
  [120, 14],
  [150, 12],
  [160, 5],
  [180, 8],
  [200, 7],
  [240, 4],
  [300, 2],
];
export const offenceWeights: [OffenceCategory, number][] = [
  ['VIOLENCE', 24],
  ['THEFT', 14],
  ['MOTORING', 14],
  ['DRUGS', 11],
  ['PUBLIC_ORDER', 9],
  ['CRIMINAL_DAMAGE', 6],
  ['BURGLARY', 5],
  ['FRAUD', 5],
  ['WEAPONS', 4],
  ['OTHER', 5],
  ['ROBBERY', 1.5],
  ['SEXUAL', 1.5],
];
export const endingWeights: [OrderStatus, number][] = [
  ['COMPLETED', 85],
  ['REVOKED', 6],
  ['BREACHED_RESENTENCED', 6],
  ['TRANSFERRED', 3],
];
export const broughtForward = 'Hours brought forward from the previous case management system';

export function religionFor(random: Random, ethnicity: Ethnicity): Religion {
  if (
    ethnicity === 'ASIAN_PAKISTANI' ||
    ethnicity === 'ASIAN_BANGLADESHI' ||
    ethnicity === 'OTHER_ARAB'
  ) {
    return random.weighted([
      ['MUSLIM', 85],
      ['NONE', 5],
      ['NOT_STATED', 10],
    ] as const);
  }
  if (ethnicity === 'ASIAN_INDIAN')
    return random.weighted([
      ['SIKH', 35],
      ['HINDU', 35],
      ['MUSLIM', 15],
      ['NOT_STATED', 15],
    ] as const);
  return random.weighted([
    ['NONE', 45],
    ['CHRISTIAN', 35],
    ['MUSLIM', 3],
    ['OTHER', 2],
    ['BUDDHIST', 1],
    ['NOT_STATED', 14],
  ] as const);
}
