import { Box, Chip, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { stateColour, stateWords } from './labels';

/**
 * A placement's latest beneficiary survey and when the next is due, for the placement's own
 * dialog. Nothing for a placement not surveyed (out of use, or induction) that never was.
 */
export function PlacementSurveyNote({ placementId }: { placementId: number }) {
  const found = useRead('surveys.forPlacement', { placementId });
  const today = useRead('office.get', {}).data?.today;
  const data = found.data;
  if (!data || (!data.schedule && data.surveys.length === 0)) return null;
  const latest = data.surveys[0];
  const schedule = data.schedule;
  return (
    <Box
      component="section"
      aria-label="Beneficiary survey"
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}
    >
      <Typography variant="body2">
        {latest
          ? `Latest survey ${formatDate(latest.surveyedOn)}: quality of work ${latest.qualityRating} of 5, communication ${latest.communicationRating} of 5.`
          : 'Not surveyed yet.'}
        {schedule && ` Next due ${formatDate(schedule.nextDue)}.`}
      </Typography>
      {schedule && schedule.state !== 'NOT_DUE' && (
        <Chip
          size="small"
          color={stateColour[schedule.state]}
          label={stateWords(schedule, today)}
        />
      )}
      <Link component={RouterLink} to="/surveys" variant="body2">
        Beneficiary surveys
      </Link>
    </Box>
  );
}
