import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  Link,
  Skeleton,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { useCan } from '../../app/account';
import { AtRiskList } from './AtRiskList';

const SHOWN = 5;

/**
 * The home page's warning of stand-downs to come: group sessions in the next 14 days with more
 * people booked than their fit supervisors can take, with who and what would fix it. For the
 * office staff who can act on it.
 */
export function StandDownForecast() {
  const allowed = useCan('MANAGER', 'CASE_ADMINISTRATOR');
  const forecast = useRead('rota.forecast', { days: 14 }, { enabled: allowed });
  if (!allowed) return null;
  const f = forecast.data;
  return (
    <Card variant="outlined" component="section" aria-labelledby="forecast-heading" sx={{ mt: 3 }}>
      <CardHeader
        title="Stand-down forecast"
        slotProps={{ title: { id: 'forecast-heading', component: 'h2' } }}
        subheader={
          f
            ? `Group sessions from ${formatDate(f.from)} to ${formatDate(f.to)} with more people booked than their supervisors can take`
            : 'Group sessions in the next 14 days'
        }
        action={
          <Button component={RouterLink} to="/rota">
            Rota and forecast
          </Button>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {forecast.error && <Alert severity="error">{forecast.error.message}</Alert>}
        {!f && !forecast.error && <Skeleton height={80} />}
        {f && f.sessionsAtRisk === 0 && (
          <Alert severity="success">
            No stand-downs expected: every group session in the next 14 days has the supervisors for
            the people booked ({f.sessionsChecked} checked).
          </Alert>
        )}
        {f && f.sessionsAtRisk > 0 && (
          <>
            <Alert severity="warning" sx={{ mb: 1 }}>
              {f.sessionsAtRisk} {f.sessionsAtRisk === 1 ? 'session is' : 'sessions are'} at risk:{' '}
              {f.peopleStoodDown} {f.peopleStoodDown === 1 ? 'person' : 'people'} would be stood
              down unless something changes.
            </Alert>
            <AtRiskList sessions={f.sessions} limit={SHOWN} />
            {f.sessions.length > SHOWN && (
              <Typography variant="body2" sx={{ mt: 1 }}>
                And {f.sessions.length - SHOWN} more:{' '}
                <Link component={RouterLink} to="/rota">
                  see them all on the rota page
                </Link>
                .
              </Typography>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
