import {
  Alert,
  Card,
  CardActionArea,
  CardContent,
  Grid,
  Skeleton,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { formatMinutes } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { NoticeSuggestion } from '../notices/NoticeSuggestion';
import { StandDownForecast } from '../rota/StandDownForecast';

function Figure({
  label,
  value,
  hint,
  to,
}: {
  label: string;
  value: string | undefined;
  hint: string;
  to: string;
}) {
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardActionArea component={RouterLink} to={to} sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography
            variant={value && value.length > 8 ? 'h4' : 'h3'}
            component="p"
            sx={{ my: 1, fontWeight: 600, whiteSpace: 'nowrap' }}
          >
            {value ?? <Skeleton width={100} />}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {hint}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

export function HomePage() {
  const office = useRead('office.get', {});
  const figures = useRead('office.dashboard', {});
  const atRisk = useRead('orders.atRisk', {});
  const overdue = useRead('sessions.overdue', {});
  const f = figures.data;
  return (
    <>
      <PageHeader title="Home" subtitle={office.data?.name ?? undefined} />
      {figures.error && <Alert severity="error">{figures.error.message}</Alert>}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <Figure
            label="Live orders"
            value={f?.liveOrders.toLocaleString('en-GB')}
            hint="Orders still being worked"
            to="/orders?status=LIVE"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <Figure
            label="Hours outstanding"
            value={f ? formatMinutes(f.hoursOutstandingMinutes) : undefined}
            hint="Ordered but not yet credited, on live orders"
            to="/orders?status=LIVE&sort=outstandingMinutes"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <Figure
            label="Ending within 8 weeks"
            value={f?.endingWithin8Weeks.toLocaleString('en-GB')}
            hint="Live orders whose end date is close"
            to="/orders?status=LIVE&endingWithinWeeks=8"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <Figure
            label="Waiting for induction"
            value={f?.waitingForInduction.toLocaleString('en-GB')}
            hint="Live orders with no induction recorded yet"
            to="/orders?status=LIVE"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <Figure
            label="Orders at risk"
            value={atRisk.data?.length.toLocaleString('en-GB')}
            hint="Will miss their end date at the hours booked"
            to="/orders/at-risk"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <Figure
            label="Overdue registers"
            value={overdue.data?.length.toLocaleString('en-GB')}
            hint="Past sessions still without outcomes"
            to="/sessions"
          />
        </Grid>
      </Grid>
      <NoticeSuggestion />
      <StandDownForecast />
    </>
  );
}
