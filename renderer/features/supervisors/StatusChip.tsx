import { Chip, Tooltip, Typography } from '@mui/material';
import { labelOf } from '../../../shared/codes';
import type { Supervisor } from '../../../shared/contract/supervisors';
import { formatDate } from '../../../shared/dates';
import { absenceKinds } from '../../../shared/session-codes';

/** Whether a supervisor can lead a session today: not in post, away until, training lapsed, or available. */
export function StatusChip({ supervisor: s }: { supervisor: Supervisor }) {
  if (!s.active) return <Chip size="small" label="Not in post" />;
  if (s.awayToday) {
    const a = s.awayToday;
    return (
      <Tooltip
        title={`${labelOf(absenceKinds, a.kind)} from ${formatDate(a.fromDate)} to ${formatDate(a.toDate)}`}
      >
        <Chip size="small" color="warning" label={`Away until ${formatDate(a.toDate)}`} />
      </Tooltip>
    );
  }
  if (!s.trainingInDate) {
    return (
      <Tooltip title={s.unfitReasons.join('. ')}>
        <Chip size="small" color="error" variant="outlined" label="Training not in date" />
      </Tooltip>
    );
  }
  return (
    <Typography variant="body2" component="span" sx={{ color: 'success.main' }}>
      Available
    </Typography>
  );
}
