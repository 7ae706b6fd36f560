import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import {
  Alert,
  Button,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { AtRiskList } from './AtRiskList';
import { MakeSessionsDialog } from './MakeSessionsDialog';

const spans = [7, 14, 21, 28];

/** The rota's view ahead: every group session at risk of a stand-down, and making sessions. */
export function RotaPage() {
  const today = useRead('office.get', {}).data?.today;
  const [params, setParams] = useSearchParams();
  const days = spans.includes(Number(params.get('days'))) ? Number(params.get('days')) : 14;
  const forecast = useRead('rota.forecast', { days });
  const [making, setMaking] = useState(false);
  const f = forecast.data;
  return (
    <>
      <PageHeader
        actionRoles={['MANAGER', 'CASE_ADMINISTRATOR']}
        title="Rota and forecast"
        subtitle="Group sessions where more people are booked than their fit supervisors can take, and what would fix them"
        actions={
          <Button
            variant="contained"
            startIcon={<EventRepeatIcon />}
            disabled={!today}
            onClick={() => setMaking(true)}
          >
            Make sessions
          </Button>
        }
      />
      <Stack spacing={2}>
        <TextField
          select
          label="Look ahead"
          value={days}
          onChange={(e) => setParams({ days: e.target.value }, { replace: true })}
          sx={{ width: 200 }}
          size="small"
        >
          {spans.map((d) => (
            <MenuItem key={d} value={d}>
              {d} days
            </MenuItem>
          ))}
        </TextField>
        {forecast.error && <Alert severity="error">{forecast.error.message}</Alert>}
        {forecast.isFetching && <LinearProgress aria-label="Loading the forecast" />}
        {f && (
          <Card variant="outlined">
            <CardContent>
              <Facts
                items={[
                  ['Dates', `${formatDate(f.from)} to ${formatDate(f.to)}`],
                  ['Group sessions with people booked', f.sessionsChecked.toLocaleString('en-GB')],
                  [
                    'At risk',
                    `${f.sessionsAtRisk.toLocaleString('en-GB')} ${f.sessionsAtRisk === 1 ? 'session' : 'sessions'}, ${f.peopleStoodDown.toLocaleString('en-GB')} ${f.peopleStoodDown === 1 ? 'person' : 'people'} would be stood down`,
                  ],
                ]}
              />
            </CardContent>
          </Card>
        )}
        {f && f.sessionsAtRisk === 0 && (
          <Alert severity="success">
            No stand-downs expected in these days: every group session has the supervisors for the
            people booked.
          </Alert>
        )}
        {f && f.sessionsAtRisk > 0 && (
          <Card variant="outlined">
            <CardContent>
              <AtRiskList sessions={f.sessions} />
            </CardContent>
          </Card>
        )}
      </Stack>
      {making && today && <MakeSessionsDialog today={today} onClose={() => setMaking(false)} />}
    </>
  );
}
