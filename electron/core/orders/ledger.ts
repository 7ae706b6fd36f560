import { labelOf } from '../../../shared/codes';
import { formatDate } from '../../../shared/dates';
import { outcomes } from '../../../shared/placement-codes';
import { standDownCauses } from '../../../shared/session-codes';

/**
 * A session's line in the hours ledger, so every credited minute can be traced: where, what
 * happened, the times and penalty it was worked out from, and the policy it was credited under.
 */
export function describeCredit(s: {
  placementName: string;
  placementType: string;
  outcome: string;
  arrivedAt: string | null;
  leftAt: string | null;
  penaltyMinutes: number;
  standDownCause: string | null;
  policyFrom: string | null;
}): string {
  const parts = [`${s.placementName}: ${labelOf(outcomes, s.outcome)}`];
  if (s.arrivedAt && s.leftAt) parts.push(`${s.arrivedAt}–${s.leftAt}`);
  if (s.penaltyMinutes) parts.push(`${s.penaltyMinutes} min penalty`);
  if (s.standDownCause) parts.push(labelOf(standDownCauses, s.standDownCause).toLowerCase());
  if (s.placementType === 'EMPLOYABILITY') parts.push('employability share');
  if (s.policyFrom) parts.push(`policy from ${formatDate(s.policyFrom)}`);
  return parts.join(', ');
}
