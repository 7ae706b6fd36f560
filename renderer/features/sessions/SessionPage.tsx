import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  LinearProgress,
  Stack,
} from '@mui/material';
import { useState } from 'react';
import { useParams } from 'react-router';
import { labelOf } from '../../../shared/codes';
import { formatMinutes } from '../../../shared/dates';
import { placementTypes } from '../../../shared/placement-codes';
import { useRead } from '../../api/hooks';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { RotaPanel } from '../rota/RotaPanel';
import { SessionIncidents } from '../incidents/SessionIncidents';
import { BookPersonDialog } from './BookPersonDialog';
import { dayAndDate } from './labels';
import { RegisterEditor } from './RegisterEditor';

/** One session: who is booked, and its register once the supervisor's sheet comes back. */
export function SessionPage() {
  const id = Number(useParams().id);
  const session = useRead('sessions.get', { id });
  const today = useRead('office.get', {}).data?.today;
  const [booking, setBooking] = useState(false);
  const s = session.data;
  if (session.error) return <Alert severity="error">{session.error.message}</Alert>;
  if (!s) return <LinearProgress aria-label="Loading" />;
  const full = s.booked >= s.capacity;
  const credited = s.bookings.reduce((sum, b) => sum + b.creditedMinutes, 0);
  return (
    <>
      <PageHeader
        actionRoles={['MANAGER', 'CASE_ADMINISTRATOR']}
        title={`${s.placementName}, ${dayAndDate(s.date)}`}
        subtitle={`${s.startTime} to ${s.endTime} · ${s.leaderName ? `led by ${s.leaderName}` : 'no supervisor assigned'}`}
        trail={[{ label: 'Sessions', to: '/sessions' }]}
        actions={
          <Button
            variant="contained"
            startIcon={<PersonAddIcon />}
            disabled={full}
            onClick={() => setBooking(true)}
          >
            Book a person
          </Button>
        }
      />
      <Stack spacing={3}>
        <Card variant="outlined">
          <CardContent>
            <Facts
              items={[
                ['Kind', labelOf(placementTypes, s.placementType)],
                [
                  'Booked',
                  <span key="booked">
                    {s.booked} of {s.capacity}{' '}
                    {full && <Chip size="small" color="warning" label="Full" />}
                  </span>,
                ],
                [
                  'Register',
                  s.booked === 0
                    ? 'Nobody booked yet'
                    : `${s.recorded} of ${s.booked} recorded, ${formatMinutes(credited)} credited`,
                ],
              ]}
            />
          </CardContent>
        </Card>
        <RotaPanel sessionId={s.id} />
        <Card variant="outlined" component="section" aria-labelledby="register-heading">
          <CardHeader
            title="Register"
            slotProps={{ title: { id: 'register-heading', component: 'h2' } }}
            subheader="One row per person booked. Saving records every row given an outcome, or none of them; blank rows wait for later, and a recorded outcome stands."
          />
          <CardContent>
            {today && s.date > today && s.bookings.length > 0 && (
              <Alert severity="info" sx={{ mb: 2 }}>
                This session has not happened yet: only stand-downs and rescheduling (AASD, RSSR,
                RSOF) can be recorded before the day.
              </Alert>
            )}
            {s.bookings.length === 0 ? (
              <Alert severity="info">
                Nobody is booked yet. Use “Book a person” to add people.
              </Alert>
            ) : (
              <RegisterEditor key={s.bookings.map((b) => b.orderId).join(',')} session={s} />
            )}
          </CardContent>
        </Card>
        <SessionIncidents session={s} />
      </Stack>
      {booking && (
        <BookPersonDialog
          sessionId={s.id}
          booked={s.bookings.map((b) => b.orderId)}
          onClose={() => setBooking(false)}
        />
      )}
    </>
  );
}
