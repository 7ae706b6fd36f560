import { AppError, fieldError } from '../../../shared/errors';
import type { Handlers } from '../context';
import { insertPolicyVersion, policyHistory, policyOn } from './store';

export const policyProcedures: Handlers<'policy'> = {
  current: ({ on }, ctx) => policyOn(ctx.db, on ?? ctx.today),
  history: (_input, ctx) =>
    policyHistory(ctx.db).map(({ version: v, changedByName }) => ({
      versionId: v.id,
      effectiveFrom: v.effectiveFrom,
      values: v.values,
      reason: v.reason,
      changedBy: v.changedBy,
      changedByName,
      createdAt: v.createdAt,
    })),
  change: ({ effectiveFrom, values, reason }, ctx) => {
    // Never retroactive: a change cannot reach back before today.
    if (effectiveFrom < ctx.today)
      throw fieldError(
        'effectiveFrom',
        'In force from cannot be before today: changes never apply to the past',
      );
    if (policyOn(ctx.db, effectiveFrom).effectiveFrom === effectiveFrom) {
      throw new AppError(
        'CONFLICT',
        'A version already starts on that date; choose another date.',
        {
          effectiveFrom: 'A version already starts on that date',
        },
      );
    }
    insertPolicyVersion(ctx.db, {
      effectiveFrom,
      values,
      reason,
      changedBy: ctx.account?.id ?? null,
      createdAt: ctx.now,
    });
    return policyOn(ctx.db, effectiveFrom);
  },
};
