import type { TrainingState } from '../../../shared/contract/supervisors';
import { dayParts, days } from '../../../shared/placement-codes';
import type { TrainingKind } from '../../../shared/session-codes';

const partWords: Record<string, string> = { MORNING: 'am', AFTERNOON: 'pm', EVENING: 'eve' };

/** "Tue am, Sat am, Sat pm": a working pattern short enough for a list, in the week's order. */
export function rotaSummary(slots: readonly string[]): string {
  const chosen = new Set(slots);
  return days
    .flatMap((d) =>
      dayParts
        .filter((p) => chosen.has(`${d.code}_${p.code}`))
        .map((p) => `${d.label.slice(0, 3)} ${partWords[p.code]}`),
    )
    .join(', ');
}

/** Short names of the kinds of training, for chips and column headings. */
export const trainingShort: Record<TrainingKind, string> = {
  RISK_OF_HARM: 'Risk of harm',
  HEALTH_AND_SAFETY: 'Health and safety',
  FIRST_AID: 'First aid',
};

export const stateColours: Record<TrainingState, 'success' | 'warning' | 'error' | 'default'> = {
  IN_DATE: 'success',
  EXPIRING: 'warning',
  EXPIRED: 'error',
  MISSING: 'default',
};

export const stateWords: Record<TrainingState, string> = {
  IN_DATE: 'In date',
  EXPIRING: 'Expiring within 60 days',
  EXPIRED: 'Expired',
  MISSING: 'Not recorded',
};
