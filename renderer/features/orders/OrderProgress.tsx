import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import type { OrderDetail } from '../../../shared/contract/orders';
import { formatDate, formatMinutes } from '../../../shared/dates';
import { Facts } from '../../components/Facts';

/**
 * Whether a live order will be done in time: the hours booked a week over the next four weeks
 * against the policy minimum, and the finish date at that rate against the end date.
 */
export function OrderProgress({ order: o }: { order: OrderDetail }) {
  const p = o.progress;
  if (o.status !== 'LIVE' || o.outstandingMinutes === 0) return null;
  const offered = (
    <Typography
      component="span"
      sx={p.belowMinimum ? { color: 'warning.dark', fontWeight: 600 } : undefined}
    >
      {formatMinutes(p.offeredPerWeekMinutes)} (minimum {formatMinutes(p.minimumPerWeekMinutes)})
    </Typography>
  );
  return (
    <Box sx={{ mt: 2 }}>
      <Facts
        items={[
          ['Booked a week, next 4 weeks', offered],
          [
            'Projected finish',
            p.projectedFinish ? formatDate(p.projectedFinish) : 'Nothing booked to project from',
          ],
        ]}
      />
      {p.atRisk && (
        <Alert severity="error" sx={{ mt: 2 }}>
          <AlertTitle>At risk of missing the end date</AlertTitle>
          {p.reasons.join('. ')}.
        </Alert>
      )}
      {!p.atRisk && p.belowMinimum && (
        <Alert severity="warning" sx={{ mt: 2 }}>
          {p.reasons.join('. ')}.
        </Alert>
      )}
    </Box>
  );
}
