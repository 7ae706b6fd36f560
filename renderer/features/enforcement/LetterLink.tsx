import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { EnforcementDecisionRow } from '../../../shared/contract/enforcement';
import { formatDate } from '../../../shared/dates';

/** "Print letter" for a warning or a breach referral; accepted evidence has no letter. */
export function LetterLink({ decision }: { decision: EnforcementDecisionRow }) {
  if (!decision.letterAvailable) return <>—</>;
  return (
    <Link
      component={RouterLink}
      to={`/letters/${decision.id}`}
      aria-label={`Print letter for ${decision.personName}, failure on ${formatDate(decision.failureDate)}`}
    >
      Print letter
    </Link>
  );
}
