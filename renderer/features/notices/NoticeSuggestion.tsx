import GavelIcon from '@mui/icons-material/Gavel';
import { Alert, Button, Card, CardActions, CardContent, CardHeader, Link } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { CapacityCheck } from '../../../shared/contract/notices';
import { formatDate, formatMinutes } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { useCan } from '../../app/account';

const sessions = (n: number) =>
  `${n.toLocaleString('en-GB', { maximumFractionDigits: 1 })} supervisor-${n === 1 ? 'session' : 'sessions'}`;

/** The capacity against the need, in a sentence or two. */
function capacityWords(c: CapacityCheck): string {
  const hours = c.hoursShort
    ? `The office can offer ${formatMinutes(c.offerableMinutes)} of unpaid work a week against the ${formatMinutes(c.neededMinutes)} its live orders need: ${formatMinutes(c.neededMinutes - c.offerableMinutes)} a week short.`
    : `The office can offer ${formatMinutes(c.offerableMinutes)} of unpaid work a week, enough for the ${formatMinutes(c.neededMinutes)} its live orders need.`;
  const supervisors = `Its ${c.supervisorsInPost} supervisors in post with training in date can work ${sessions(c.supervisorSessionsAvailable)} a week; the last four weeks needed ${sessions(c.supervisorSessionsNeeded)} a week.`;
  return `${hours} ${supervisors}`;
}

function LastNotice({ last }: { last: CapacityCheck['lastNotice'] }) {
  if (!last) return <>No court notice has been issued yet.</>;
  return (
    <>
      Last notice:{' '}
      <Link component={RouterLink} to={`/notices/${last.id}`}>
        {last.number}
      </Link>{' '}
      to {last.courtName}, issued on {formatDate(last.issuedOn)}.
    </>
  );
}

/**
 * The home page's warning, for a manager, when the office cannot offer the hours its live orders
 * need or has too few supervisor-sessions for them: the figures, and the way to a court notice.
 */
export function NoticeSuggestion() {
  const manager = useCan('MANAGER');
  const check = useRead('notices.capacityCheck', {}, { enabled: manager });
  const c = check.data;
  if (!manager || !c?.suggested) return null;
  return (
    <Card
      variant="outlined"
      component="section"
      aria-labelledby="notice-suggestion-heading"
      sx={{ mt: 3, borderColor: 'warning.main' }}
    >
      <CardHeader
        avatar={<GavelIcon color="warning" />}
        title="Capacity falls short of need: tell the courts"
        subheader={`As on ${formatDate(c.asOf)}`}
        slotProps={{ title: { id: 'notice-suggestion-heading', component: 'h2' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        <Alert severity="warning" sx={{ mb: 1 }}>
          {capacityWords(c)}
        </Alert>
        <LastNotice last={c.lastNotice} />
      </CardContent>
      <CardActions>
        <Button component={RouterLink} to="/notices/new" variant="contained">
          New court notice
        </Button>
        <Button component={RouterLink} to="/notices">
          Court notices
        </Button>
      </CardActions>
    </Card>
  );
}

/** The same check as one line at the top of the register, short or not. */
export function CapacityLine() {
  const check = useRead('notices.capacityCheck', {});
  const c = check.data;
  if (!c) return null;
  return (
    <Alert severity={c.suggested ? 'warning' : 'success'} sx={{ mb: 2 }}>
      {capacityWords(c)} <LastNotice last={c.lastNotice} />
    </Alert>
  );
}
