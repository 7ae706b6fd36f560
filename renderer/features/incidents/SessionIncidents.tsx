import ReportIcon from '@mui/icons-material/Report';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Divider,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { labelOf } from '../../../shared/codes';
import type { SessionDetail } from '../../../shared/contract/sessions';
import { formatDate } from '../../../shared/dates';
import { incidentKinds } from '../../../shared/session-codes';
import { useRead } from '../../api/hooks';
import { useCan } from '../../app/account';
import { Facts } from '../../components/Facts';
import { IncidentDialog } from './IncidentDialog';
import { kindColour } from './labels';

/** The session's health and safety incidents, and the way to report one once it has happened. */
export function SessionIncidents({ session }: { session: SessionDetail }) {
  const incidents = useRead('incidents.forSession', { sessionId: session.id });
  const today = useRead('office.get', {}).data?.today;
  const canReport = useCan('MANAGER', 'CASE_ADMINISTRATOR', 'SUPERVISOR');
  const [reporting, setReporting] = useState(false);
  const notYet = today !== undefined && session.date > today;
  const list = incidents.data ?? [];
  return (
    <Card variant="outlined" component="section" aria-labelledby="incidents-heading">
      <CardHeader
        title="Health and safety"
        slotProps={{ title: { id: 'incidents-heading', component: 'h2' } }}
        subheader={
          notYet
            ? 'Incidents can be reported once the session has happened.'
            : 'Incidents, accidents and near misses at this session'
        }
        action={
          canReport && (
            <Button
              startIcon={<ReportIcon />}
              color="warning"
              disabled={notYet}
              onClick={() => setReporting(true)}
            >
              Report an incident
            </Button>
          )
        }
      />
      <CardContent>
        {incidents.error && <Alert severity="error">{incidents.error.message}</Alert>}
        {incidents.data && list.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            No incidents reported at this session.
          </Typography>
        )}
        <Stack spacing={2} divider={<Divider />}>
          {list.map((i) => (
            <Box
              key={i.id}
              component="article"
              aria-label={`${labelOf(incidentKinds, i.kind)} at ${i.occurredAt}`}
            >
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                <Chip
                  size="small"
                  color={kindColour[i.kind]}
                  label={labelOf(incidentKinds, i.kind)}
                />
                <Typography variant="body2" color="text.secondary">
                  at {i.occurredAt} · recorded by {i.recordedBy}
                </Typography>
              </Stack>
              <Typography variant="body1" sx={{ whiteSpace: 'pre-line', mb: 1.5 }}>
                {i.whatHappened}
              </Typography>
              <Facts
                items={[
                  ['People involved', i.peopleInvolved],
                  ['Injuries', i.injuries ?? 'None'],
                  ['First aid given', i.firstAidGiven ? 'Yes' : 'No'],
                  ['Action taken', i.actionTaken],
                  ['Reported to', `${i.reportedTo} on ${formatDate(i.reportedOn)}`],
                ]}
              />
            </Box>
          ))}
        </Stack>
      </CardContent>
      {reporting && (
        <IncidentDialog session={session} today={today} onClose={() => setReporting(false)} />
      )}
    </Card>
  );
}
