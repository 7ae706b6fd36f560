import EditIcon from '@mui/icons-material/Edit';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Divider,
  Grid,
  Stack,
  Typography,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { labelOf } from '../../../shared/codes';
import type { OrderDetail } from '../../../shared/contract/orders';
import type { SupervisionDetail } from '../../../shared/contract/supervision';
import { formatDate } from '../../../shared/dates';
import { alertSources, noteAuthors } from '../../../shared/session-codes';
import { useRead } from '../../api/hooks';
import { useCan } from '../../app/account';
import { Facts } from '../../components/Facts';
import { DueChip } from './DueChip';
import { writtenAt } from './labels';
import { NoteDialog } from './NoteDialog';
import { PlanDialog } from './PlanDialog';
import { SupervisionReviewDialog } from './SupervisionReviewDialog';

function Heading({ children }: { children: ReactNode }) {
  return (
    <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
      {children}
    </Typography>
  );
}

function PlanSection({
  d,
  today,
  live,
}: {
  d: SupervisionDetail;
  today: string | undefined;
  live: boolean;
}) {
  if (!d.plan && !live)
    return <Alert severity="info">No supervision plan was recorded for this order.</Alert>;
  if (!d.plan) {
    const late = today !== undefined && d.planDue < today;
    return (
      <Alert severity={late ? 'warning' : 'info'}>
        No supervision plan yet. It is due by {formatDate(d.planDue)}, 10 working days after
        sentence{late ? ', and that date has passed' : ''}.
      </Alert>
    );
  }
  return (
    <Stack spacing={2}>
      <Facts
        items={[
          ['Agreed', `${formatDate(d.plan.agreedOn)} by ${d.plan.agreedBy}`],
          [
            'Reviewed every',
            `${d.plan.reviewEveryWeeks} ${d.plan.reviewEveryWeeks === 1 ? 'week' : 'weeks'}`,
          ],
          ['Next review', d.nextReview && <DueChip due={d.nextReview.due} today={today} />],
        ]}
      />
      <Box>
        <Typography variant="body2" color="text.secondary">
          Objectives
        </Typography>
        <Typography variant="body1" sx={{ whiteSpace: 'pre-line' }}>
          {d.plan.objectives}
        </Typography>
      </Box>
    </Stack>
  );
}

function Reviews({ d }: { d: SupervisionDetail }) {
  if (!d.plan) return null;
  return (
    <Box>
      <Heading>Reviews</Heading>
      {d.reviews.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No reviews yet.
        </Typography>
      ) : (
        <Stack component="ol" spacing={1.5} divider={<Divider />} sx={{ m: 0, p: 0 }}>
          {d.reviews.map((r) => (
            <Box component="li" key={r.id} sx={{ listStyle: 'none' }}>
              <Typography variant="body2" color="text.secondary">
                {formatDate(r.reviewedOn)} · {r.reviewedBy}
              </Typography>
              <Typography variant="body1" sx={{ whiteSpace: 'pre-line' }}>
                {r.progress}
              </Typography>
            </Box>
          ))}
        </Stack>
      )}
    </Box>
  );
}

function Notes({ d }: { d: SupervisionDetail }) {
  return (
    <Box>
      <Heading>Notes</Heading>
      {d.notes.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No notes yet. Supervisors, the office and the case manager write here about the order.
        </Typography>
      ) : (
        <Stack component="ol" spacing={1.5} divider={<Divider />} sx={{ m: 0, p: 0 }}>
          {d.notes.map((n) => (
            <Box component="li" key={n.id} sx={{ listStyle: 'none' }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Chip size="small" variant="outlined" label={labelOf(noteAuthors, n.author)} />
                <Typography variant="body2" color="text.secondary">
                  {writtenAt(n.writtenAt)} · {n.writtenBy}
                </Typography>
                {n.alertCaseManager && (
                  <Chip
                    size="small"
                    color="warning"
                    icon={<NotificationsActiveIcon />}
                    label="Case manager alerted"
                  />
                )}
              </Stack>
              <Typography variant="body1" sx={{ whiteSpace: 'pre-line', mt: 0.5 }}>
                {n.text}
              </Typography>
            </Box>
          ))}
        </Stack>
      )}
    </Box>
  );
}

function Alerts({ d }: { d: SupervisionDetail }) {
  if (d.alerts.length === 0) return null;
  return (
    <Box>
      <Heading>Case manager alerts</Heading>
      <Stack component="ul" spacing={1} sx={{ m: 0, p: 0 }}>
        {d.alerts.map((a) => (
          <Stack
            component="li"
            key={a.id}
            direction="row"
            spacing={1}
            sx={{ listStyle: 'none', alignItems: 'baseline' }}
          >
            <Chip
              size="small"
              color={a.sentOn ? 'default' : 'warning'}
              label={a.sentOn ? `Sent ${formatDate(a.sentOn)}` : 'To send'}
            />
            <Typography variant="body2">
              {formatDate(a.raisedOn)} · {labelOf(alertSources, a.source)} · {a.message}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
}

/** The order's supervision: the plan and its reviews, notes, and what the case manager was told. */
export function SupervisionPanel({ order }: { order: OrderDetail }) {
  const supervision = useRead('supervision.forOrder', { orderId: order.id });
  const today = useRead('office.get', {}).data?.today;
  const live = order.status === 'LIVE';
  const canPlan = useCan('MANAGER', 'CASE_ADMINISTRATOR') && live;
  const canNote = useCan('MANAGER', 'CASE_ADMINISTRATOR', 'SUPERVISOR') && live;
  const [dialog, setDialog] = useState<'plan' | 'review' | 'note' | null>(null);
  const d = supervision.data;
  return (
    <Card variant="outlined" component="section" aria-labelledby="supervision-heading">
      <CardHeader
        title="Supervision"
        slotProps={{ title: { id: 'supervision-heading', component: 'h2' } }}
        subheader="The plan agreed at the start, its reviews, and notes between supervisors and the case manager"
        action={
          d && (
            <Stack direction="row" spacing={1}>
              {canPlan && (
                <Button startIcon={<EditIcon />} onClick={() => setDialog('plan')}>
                  {d.plan ? 'Change the plan' : 'Agree a plan'}
                </Button>
              )}
              {canPlan && d.plan && (
                <Button startIcon={<PlaylistAddCheckIcon />} onClick={() => setDialog('review')}>
                  Record a review
                </Button>
              )}
              {canNote && (
                <Button startIcon={<NoteAddIcon />} onClick={() => setDialog('note')}>
                  Write a note
                </Button>
              )}
            </Stack>
          )
        }
      />
      <CardContent>
        {supervision.error && <Alert severity="error">{supervision.error.message}</Alert>}
        {d && (
          <Stack spacing={3}>
            <PlanSection d={d} today={today} live={live} />
            <Divider />
            <Grid container spacing={4}>
              <Grid size={{ xs: 12, md: 6 }}>
                <Notes d={d} />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <Stack spacing={3}>
                  <Reviews d={d} />
                  <Alerts d={d} />
                </Stack>
              </Grid>
            </Grid>
          </Stack>
        )}
      </CardContent>
      {d && dialog === 'plan' && (
        <PlanDialog detail={d} sentenceDate={order.sentenceDate} onClose={() => setDialog(null)} />
      )}
      {d && dialog === 'review' && (
        <SupervisionReviewDialog detail={d} onClose={() => setDialog(null)} />
      )}
      {dialog === 'note' && (
        <NoteDialog
          orderId={order.id}
          caseManagerName={order.caseManagerName}
          onClose={() => setDialog(null)}
        />
      )}
    </Card>
  );
}
