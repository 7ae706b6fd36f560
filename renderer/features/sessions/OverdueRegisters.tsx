import { Alert, AlertTitle, Link, List, ListItem } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useRead } from '../../api/hooks';
import { dayAndDate } from './labels';

/** Past sessions whose register is overdue under the policy, so the office chases the paper. */
export function OverdueRegisters() {
  const overdue = useRead('sessions.overdue', {});
  const rows = overdue.data ?? [];
  if (!rows.length) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>
        {rows.length} register{rows.length === 1 ? '' : 's'} overdue
      </AlertTitle>
      <List dense disablePadding aria-label="Overdue registers">
        {rows.slice(0, 8).map((s) => (
          <ListItem key={s.id} disableGutters sx={{ py: 0 }}>
            <Link component={RouterLink} to={`/sessions/${s.id}`}>
              {dayAndDate(s.date)} · {s.placementName}
            </Link>
            &nbsp;— {s.booked - s.recorded} of {s.booked} without an outcome, {s.daysSince} days ago
          </ListItem>
        ))}
        {rows.length > 8 && (
          <ListItem disableGutters>and {rows.length - 8} more, oldest first.</ListItem>
        )}
      </List>
    </Alert>
  );
}
