import { Box, Link, TableCell, TableRow } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { labelOf } from '../../../shared/codes';
import { formatMinutes } from '../../../shared/dates';
import { outcomes, ratings } from '../../../shared/placement-codes';
import { standDownCauses } from '../../../shared/session-codes';
import type { Booking } from './register-rows';

/** A row whose outcome is recorded: it is read, not edited (the credit stands as it was made). */
export function RecordedRow({ booking: b }: { booking: Booking }) {
  const dash = (v: string | null) => v || '—';
  return (
    <TableRow sx={{ '& td': { pt: 1.25 } }}>
      <TableCell component="th" scope="row" sx={{ pt: 1 }}>
        <Link component={RouterLink} to={`/orders/${b.orderId}`}>
          {b.personName}
        </Link>
        <Box sx={{ color: 'text.secondary', fontSize: 12 }}>{b.caseReference}</Box>
      </TableCell>
      <TableCell title={labelOf(outcomes, b.outcome)}>
        {b.outcome} · {labelOf(outcomes, b.outcome)}
        {b.standDownCause && (
          <Box sx={{ color: 'text.secondary', fontSize: 12 }}>
            {labelOf(standDownCauses, b.standDownCause)}
          </Box>
        )}
      </TableCell>
      <TableCell>{dash(b.arrivedAt)}</TableCell>
      <TableCell>{dash(b.leftAt)}</TableCell>
      <TableCell>{b.penaltyMinutes || '—'}</TableCell>
      <TableCell>{dash(labelOf(ratings, b.workQuality))}</TableCell>
      <TableCell>{dash(labelOf(ratings, b.behaviour))}</TableCell>
      <TableCell>{dash(b.notes)}</TableCell>
      <TableCell align="center">{b.alertCaseManager ? 'Yes' : 'No'}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
        {formatMinutes(b.creditedMinutes)}
      </TableCell>
      <TableCell />
    </TableRow>
  );
}
