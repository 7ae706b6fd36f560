import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import RateReviewIcon from '@mui/icons-material/RateReview';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Divider,
  LinearProgress,
  Rating,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { labelOf, orderStatuses } from '../../../shared/codes';
import type { OrderEnding } from '../../../shared/contract/endings';
import type { OrderDetail } from '../../../shared/contract/orders';
import { formatDate, formatMinutes } from '../../../shared/dates';
import { skills } from '../../../shared/placement-codes';
import { answers, endingKinds } from '../../../shared/session-codes';
import { useRead } from '../../api/hooks';
import { useCan } from '../../app/account';
import { CodeChips } from '../../components/CodeChips';
import { Facts } from '../../components/Facts';
import { EndingDialog } from './EndingDialog';
import { ExitInterviewDialog, treatmentLabels } from './ExitInterviewDialog';

type Interview = NonNullable<OrderEnding['exitInterview']>;

function InterviewFacts({ interview }: { interview: Interview }) {
  return (
    <Stack spacing={2}>
      <Facts
        items={[
          ['Interviewed', `${formatDate(interview.interviewedOn)} by ${interview.interviewedBy}`],
          [
            'How they were treated',
            <Box
              key="rating"
              component="span"
              sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}
            >
              <Rating value={interview.treatmentRating} readOnly size="small" />
              {`${interview.treatmentRating} of 5: ${treatmentLabels[interview.treatmentRating]}`}
            </Box>,
          ],
          ['Work felt worthwhile', labelOf(answers, interview.workWorthwhile)],
          ['Will carry on as a volunteer', labelOf(answers, interview.willVolunteer)],
          ['Offered paid work by a beneficiary', interview.offeredPaidWork ? 'Yes' : 'No'],
          ['Further offence known since start', labelOf(answers, interview.furtherOffence)],
          [
            'Skills gained',
            <CodeChips key="skills" codes={interview.skillsGained} items={skills} />,
          ],
        ]}
      />
      {(
        [
          ['What they did', interview.whatTheyDid],
          ['What they learned', interview.whatTheyLearned],
          ['Comments', interview.comments],
        ] as const
      )
        .filter(([, text]) => text)
        .map(([label, text]) => (
          <Box key={label}>
            <Typography variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography variant="body1" sx={{ whiteSpace: 'pre-line' }}>
              {text}
            </Typography>
          </Box>
        ))}
    </Stack>
  );
}

/**
 * The end of the order: for a live order the way to end it; for an ended one how and when it
 * ended, and for a completion its exit interview (or that it is missing).
 */
export function EndingPanel({ order }: { order: OrderDetail }) {
  const ending = useRead('endings.forOrder', { orderId: order.id });
  const canRecord = useCan('MANAGER', 'CASE_ADMINISTRATOR');
  const [dialog, setDialog] = useState<'end' | 'interview' | null>(null);
  const e = ending.data;
  const live = order.status === 'LIVE';
  const complete = order.outstandingMinutes <= 0;
  const lastCreditOn = order.ledger.filter((l) => l.creditedMinutes > 0).at(-1)?.date ?? null;

  let body;
  if (ending.error) body = <Alert severity="error">{ending.error.message}</Alert>;
  else if (!e) body = <LinearProgress aria-label="Loading" />;
  else if (live)
    body = complete ? (
      <Alert severity="success">
        <AlertTitle>Every hour is credited</AlertTitle>
        The order is ready to be ended as completed.
      </Alert>
    ) : (
      <Typography variant="body2" color="text.secondary">
        The order is live: {formatMinutes(order.outstandingMinutes)} outstanding, to be worked by{' '}
        {formatDate(order.endDate)}.
      </Typography>
    );
  else
    body = (
      <Stack spacing={2}>
        <Facts
          items={[
            ['How it ended', labelOf(endingKinds, e.ending?.kind)],
            ['Date ended', formatDate(e.ending?.endedOn)],
            ['Recorded by', e.ending?.recordedBy],
            ['Reason', e.ending?.reason],
          ]}
        />
        {e.status === 'COMPLETED' && (
          <>
            <Divider />
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              Exit interview
            </Typography>
            {e.exitInterview ? (
              <InterviewFacts interview={e.exitInterview} />
            ) : (
              <Alert
                severity="warning"
                action={
                  canRecord && (
                    <Button
                      color="inherit"
                      size="small"
                      startIcon={<RateReviewIcon />}
                      onClick={() => setDialog('interview')}
                    >
                      Record the exit interview
                    </Button>
                  )
                }
              >
                <AlertTitle>Exit interview missing</AlertTitle>
                Every completion should have one: what they did and learned, how they were treated,
                and what comes next.
              </Alert>
            )}
          </>
        )}
      </Stack>
    );

  return (
    <Card variant="outlined" component="section" aria-labelledby="ending-heading">
      <CardHeader
        title="Ending"
        slotProps={{ title: { id: 'ending-heading', component: 'h2' } }}
        subheader={
          e?.ending
            ? `${labelOf(orderStatuses, e.ending.kind)} on ${formatDate(e.ending.endedOn)}`
            : undefined
        }
        action={
          live &&
          canRecord && (
            <Button
              variant={complete ? 'contained' : 'text'}
              startIcon={<AssignmentTurnedInIcon />}
              onClick={() => setDialog('end')}
            >
              End the order
            </Button>
          )
        }
      />
      <CardContent>{body}</CardContent>
      {dialog === 'end' && (
        <EndingDialog
          order={{
            orderId: order.id,
            personName: order.personName,
            outstandingMinutes: order.outstandingMinutes,
            endDate: order.endDate,
            lastCreditOn,
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'interview' && e?.ending && (
        <ExitInterviewDialog
          orderId={order.id}
          personName={order.personName}
          completedOn={e.ending.endedOn}
          onClose={() => setDialog(null)}
        />
      )}
    </Card>
  );
}
