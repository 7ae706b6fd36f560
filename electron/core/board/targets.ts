import { labelOf } from '../../../shared/codes';
import type { LocalTarget } from '../../../shared/contract/board';
import { fieldError, notFound } from '../../../shared/errors';
import { targetDimensions, targetFeatures } from '../../../shared/session-codes';
import { groupLabel, isGroupOf, targetGroups } from '../../../shared/target-groups';
import type { Handlers } from '../context';
import {
  deleteTarget,
  findTarget,
  targetsOfYear,
  upsertTarget,
  type TargetRow,
} from './targets-store';

/**
 * Local diversity targets: for a year, the share of a group (an ethnic group, a gender, an age
 * band or a disability answer; see shared/target-groups.ts) that should be placed where the work
 * offers skills learning or contact with beneficiaries. The Board report sets them against the
 * people who started a placement.
 */

function present(t: TargetRow): LocalTarget {
  return {
    id: t.id,
    year: t.year,
    dimension: t.dimension,
    groupCode: t.groupCode,
    groupLabel: groupLabel(t.dimension, t.groupCode),
    feature: t.feature,
    targetPercent: t.targetPercent,
  };
}

const position = (list: readonly { code: string }[], code: string) => {
  const i = list.findIndex((item) => item.code === code);
  return i < 0 ? list.length : i;
};

/** In the order the settings screen and the report list them: dimension, group, quality. */
function byListOrder(a: TargetRow, b: TargetRow): number {
  return (
    position(targetDimensions, a.dimension) - position(targetDimensions, b.dimension) ||
    position(targetGroups[a.dimension], a.groupCode) -
      position(targetGroups[b.dimension], b.groupCode) ||
    position(targetFeatures, a.feature) - position(targetFeatures, b.feature)
  );
}

type TargetHandlers = Pick<Handlers<'board'>, 'targets' | 'saveTarget' | 'removeTarget'>;

export const targetProcedures: TargetHandlers = {
  targets: ({ year }, ctx) => targetsOfYear(ctx.db, year).sort(byListOrder).map(present),
  saveTarget: (input, ctx) => {
    if (!isGroupOf(input.dimension, input.groupCode)) {
      const allowed = targetGroups[input.dimension].map((g) => g.label).join(', ');
      const dimension = labelOf(targetDimensions, input.dimension).toLowerCase();
      throw fieldError('groupCode', `Group must be one of the groups of ${dimension}: ${allowed}`);
    }
    return present(upsertTarget(ctx.db, input, ctx.now));
  },
  removeTarget: ({ id }, ctx) => {
    if (!findTarget(ctx.db, id)) throw notFound('The target');
    deleteTarget(ctx.db, id);
    return {};
  },
};
