import { labelOf } from '../../../shared/codes';
import { formatDate } from '../../../shared/dates';
import { outcomes, type Outcome } from '../../../shared/placement-codes';
import { enforcementDecisions } from '../../../shared/session-codes';

export const decisionLabel = (code: string) => labelOf(enforcementDecisions, code);

/** `UACP · Unacceptable absence`, as the register shows outcomes. */
export const outcomeText = (code: Outcome) => `${code} · ${labelOf(outcomes, code)}`;

export const stepColour = (step: string) =>
  step === 'BREACH' ? 'error' : step === 'WARNING' ? 'warning' : 'default';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `Saturday 07/11/2026`. */
export function dayAndDate(iso: string): string {
  return `${weekdays[new Date(`${iso}T00:00:00Z`).getUTCDay()]} ${formatDate(iso)}`;
}

export const months = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;

/** The heading of each letter. */
export const letterHeadings = {
  WARNING: 'Warning: failure to comply with your unpaid work requirement',
  BREACH: 'Breach referral',
} as const;
