import { labelOf } from '../../../shared/codes';
import { ruleError } from '../../../shared/errors';
import { restrictions } from '../../../shared/placement-codes';
import { latestAssessments, orderForAllocation } from '../allocation/store';
import type { Context } from '../context';
import { genderClash, hasGenderRestriction, restrictionAt } from './rules';
import { sessionDateOf, sessionsBetween, staffForRota } from './store';

/**
 * For sessions.book: refuses a booking when a supervisor already on the session is of the gender
 * the person's current risk of harm assessment says they must not be supervised by. A supervisor
 * whose gender is not recorded does not refuse it (the rota panel warns when they are added).
 */
export function refuseRestrictedSupervisor(ctx: Context, sessionId: number, orderId: number) {
  const own = latestAssessments(ctx.db, [orderId]).get(orderId)?.restrictions ?? [];
  const date = sessionDateOf(ctx.sqlite, sessionId);
  if (!hasGenderRestriction(own) || date === null) return;
  const session = sessionsBetween(ctx.sqlite, date, date).find((s) => s.id === sessionId)!;
  const staff = staffForRota(ctx.sqlite, date, date);
  const clashing = session.staffIds
    .map((id) => staff.get(id))
    .filter((s) => s !== undefined && genderClash(s.gender, own) === 'conflict');
  if (!clashing.length) return;
  const restriction = restrictionAt(clashing[0]!.gender, own)!;
  const person = orderForAllocation(ctx.db, orderId)?.personName ?? 'This person';
  throw ruleError(
    `${person} cannot be booked on this session: their risk of harm assessment says ${labelOf(restrictions, restriction).toLowerCase()}, and ${clashing.map((s) => s!.name).join(' and ')} ${clashing.length === 1 ? 'is' : 'are'} supervising it.`,
  );
}
