import type { WaitingRow } from '../../../shared/contract/allocation';

/** What each waiting order needs next, in the office's words. */
export const stageLabels: Record<WaitingRow['stage'], string> = {
  ASSESSMENT: 'Needs risk of harm assessment',
  INDUCTION: 'Needs induction',
  PPWS: 'Needs PPWS',
  ALLOCATION: 'Ready to allocate',
};
