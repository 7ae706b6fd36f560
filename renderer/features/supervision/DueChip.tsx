import { Chip } from '@mui/material';
import { formatDate } from '../../../shared/dates';
import { dueState } from './labels';

/** A due date, marked when it is overdue or due within a week. */
export function DueChip({ due, today }: { due: string; today: string | undefined }) {
  const state = dueState(due, today);
  const date = formatDate(due);
  if (state === 'later') return <>{date}</>;
  return (
    <Chip
      size="small"
      color={state === 'overdue' ? 'error' : 'warning'}
      label={state === 'overdue' ? `${date} overdue` : `${date} due soon`}
    />
  );
}
