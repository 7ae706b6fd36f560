import { Chip, Tooltip } from '@mui/material';
import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import { formatDate } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { stateColour, stateWords } from './labels';

/**
 * A placement's next beneficiary survey, for the placements list: the date due (a chip when due or
 * overdue) with the latest survey in its tooltip. Every cell shares the one cached schedule.
 */
function SurveyDueCell({ placementId }: { placementId: number }) {
  const due = useRead('surveys.due', {});
  const today = useRead('office.get', {}).data?.today;
  const row = due.data?.rows.find((r) => r.placementId === placementId);
  if (!row) return <>—</>;
  const last = row.lastSurveyedOn
    ? `Latest survey ${formatDate(row.lastSurveyedOn)}`
    : 'Not surveyed yet';
  const date = formatDate(row.nextDue);
  return (
    <Tooltip title={`${last}. ${stateWords(row, today)}.`}>
      {row.state === 'NOT_DUE' ? (
        <span>{date}</span>
      ) : (
        <Chip
          size="small"
          color={stateColour[row.state]}
          label={`${date} ${row.state === 'OVERDUE' ? 'overdue' : 'due soon'}`}
        />
      )}
    </Tooltip>
  );
}

/** The column the placements list adds: the next survey, for placements in use. */
export function surveyDueColumn<R extends GridValidRowModel & { id: number }>(): GridColDef<R> {
  return {
    field: 'nextSurvey',
    headerName: 'Next survey',
    description: 'When the beneficiary is next due to be surveyed; the latest survey is in its tip',
    width: 160,
    sortable: false,
    renderCell: ({ row }) => <SurveyDueCell placementId={row.id} />,
  };
}
