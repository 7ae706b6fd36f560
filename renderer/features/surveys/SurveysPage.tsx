import RateReviewIcon from '@mui/icons-material/RateReview';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Rating,
  Stack,
  Typography,
} from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, isValid, parseISO } from 'date-fns';
import { useState } from 'react';
import { labelOf } from '../../../shared/codes';
import {
  satisfactionLabels,
  type Survey,
  type SurveyScheduleRow,
  type SurveySummary,
} from '../../../shared/contract/surveys';
import { addDays, addMonths, formatDate } from '../../../shared/dates';
import { answers } from '../../../shared/session-codes';
import { useRead } from '../../api/hooks';
import { useCan } from '../../app/account';
import { PageHeader } from '../../components/PageHeader';
import { stateColour, stateWords } from './labels';
import { SurveyDialog, type SurveyedPlacement } from './SurveyDialog';

type DueRow = SurveyScheduleRow & { id: number };

const wrapped = { '& .MuiDataGrid-cell': { py: 0.75, display: 'flex', alignItems: 'center' } };

function dueColumns(
  today: string | undefined,
  onRecord: ((row: DueRow) => void) | null,
): GridColDef<DueRow>[] {
  return [
    { field: 'placementName', headerName: 'Placement', flex: 1.2, minWidth: 160 },
    { field: 'beneficiary', headerName: 'Beneficiary', flex: 1.2, minWidth: 160 },
    {
      field: 'contactName',
      headerName: 'Contact',
      flex: 1.2,
      minWidth: 170,
      renderCell: ({ row }) => (
        <Box>
          <Typography variant="body2">{row.contactName}</Typography>
          {[row.contactPhone, row.contactEmail].filter(Boolean).map((c) => (
            <Typography key={c} variant="caption" color="text.secondary" component="div">
              {c}
            </Typography>
          ))}
        </Box>
      ),
    },
    {
      field: 'lastSurveyedOn',
      headerName: 'Last survey',
      width: 110,
      valueFormatter: (v: string | null) => (v ? formatDate(v) : 'Never'),
    },
    {
      field: 'nextDue',
      headerName: 'Next due',
      width: 110,
      valueFormatter: (v: string) => formatDate(v),
    },
    {
      field: 'state',
      headerName: 'State',
      width: 170,
      valueGetter: (_v, row) => stateWords(row, today),
      renderCell: ({ row, value }) => (
        <Chip
          size="small"
          color={stateColour[row.state]}
          variant={row.state === 'NOT_DUE' ? 'outlined' : 'filled'}
          label={value as string}
        />
      ),
    },
    ...(onRecord
      ? [
          {
            field: 'action',
            headerName: '',
            width: 150,
            sortable: false,
            renderCell: ({ row }) => (
              <Button
                size="small"
                variant="outlined"
                startIcon={<RateReviewIcon />}
                onClick={() => onRecord(row)}
                aria-label={`Record a survey of ${row.placementName}`}
              >
                Record survey
              </Button>
            ),
          } satisfies GridColDef<DueRow>,
        ]
      : []),
  ];
}

function Stars({ value }: { value: number }) {
  return (
    <Rating
      value={value}
      readOnly
      size="small"
      aria-label={`${value} of 5: ${satisfactionLabels[value]}`}
    />
  );
}

const responseColumns: GridColDef<Survey>[] = [
  {
    field: 'surveyedOn',
    headerName: 'Date',
    width: 100,
    valueFormatter: (v: string) => formatDate(v),
  },
  { field: 'placementName', headerName: 'Placement', flex: 1, minWidth: 120 },
  {
    field: 'respondent',
    headerName: 'Respondent',
    flex: 1,
    minWidth: 140,
    renderCell: ({ row }) => (
      <Box>
        <Typography variant="body2">{row.respondent}</Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          Recorded by {row.recordedBy}
        </Typography>
      </Box>
    ),
  },
  {
    field: 'qualityRating',
    headerName: 'Quality of work',
    width: 120,
    renderCell: ({ row }) => <Stars value={row.qualityRating} />,
  },
  {
    field: 'communicationRating',
    headerName: 'Communication',
    width: 120,
    renderCell: ({ row }) => <Stars value={row.communicationRating} />,
  },
  {
    field: 'wouldTakeAgain',
    headerName: 'Again?',
    description: 'Would they take people on placement again',
    width: 85,
    valueFormatter: (v: string) => labelOf(answers, v),
  },
  {
    field: 'valueToThem',
    headerName: 'Worth to them',
    flex: 2,
    minWidth: 180,
    renderCell: ({ value }) => <Typography variant="body2">{value as string}</Typography>,
  },
  {
    field: 'comments',
    headerName: 'Comments',
    flex: 1.5,
    minWidth: 140,
    renderCell: ({ value }) => (
      <Typography variant="body2" color={value ? 'text.primary' : 'text.secondary'}>
        {(value as string | null) ?? '—'}
      </Typography>
    ),
  },
];

function DateBox({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (iso: string) => void;
}) {
  return (
    <DatePicker
      label={label}
      value={parseISO(value)}
      format="dd/MM/yyyy"
      onChange={(date) => {
        if (date && isValid(date)) onChange(format(date, 'yyyy-MM-dd'));
      }}
      slotProps={{ textField: { size: 'small', sx: { width: 170 } } }}
    />
  );
}

function summaryWords(s: SurveySummary): string {
  if (s.count === 0) return 'No surveys in this period';
  const again = s.wouldTakeAgain
    .filter((a) => a.count > 0)
    .map((a) => `${a.count} ${labelOf(answers, a.answer).toLowerCase()}`)
    .join(', ');
  return `${s.count} ${s.count === 1 ? 'survey' : 'surveys'} · quality of work ${s.averageQuality} of 5 · communication ${s.averageCommunication} of 5 · would take people again: ${again}`;
}

/** The beneficiaries' surveys: which placements are due one, and what those asked have said. */
export function SurveysPage() {
  const canRecord = useCan('MANAGER', 'CASE_ADMINISTRATOR');
  const today = useRead('office.get', {}).data?.today;
  const due = useRead('surveys.due', {});
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const period = range ?? (today ? { from: addDays(addMonths(today, -12), 1), to: today } : null);
  const responses = useRead('surveys.list', period ?? { from: '', to: '' }, { enabled: !!period });
  const [recording, setRecording] = useState<SurveyedPlacement | null>(null);
  const data = due.data;
  return (
    <>
      <PageHeader
        title="Beneficiary surveys"
        subtitle={
          data
            ? `Each placement’s beneficiary is asked about the work every ${data.intervalMonths} ${data.intervalMonths === 1 ? 'month' : 'months'} (policy setting)`
            : undefined
        }
      />
      <Box sx={{ display: 'grid', gap: 3 }}>
        <Card variant="outlined" component="section" aria-labelledby="due-heading">
          <CardHeader
            title="Due and overdue"
            subheader={
              data
                ? `${data.overdue} overdue, ${data.dueSoon} due within 30 days, of ${data.rows.length} placements in use`
                : undefined
            }
            slotProps={{ title: { id: 'due-heading', component: 'h2' } }}
          />
          <CardContent>
            {due.error && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {due.error.message}
              </Alert>
            )}
            <DataGrid
              aria-label="Due and overdue"
              rows={(data?.rows ?? []).map((r) => ({ ...r, id: r.placementId }))}
              columns={dueColumns(today, canRecord ? setRecording : null)}
              loading={due.isLoading}
              density="compact"
              getRowHeight={() => 'auto'}
              disableRowSelectionOnClick
              initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
              pageSizeOptions={[25, 50, 100]}
              sx={{ bgcolor: 'background.paper', minHeight: 220, ...wrapped }}
              localeText={{
                noRowsLabel: 'No placements in use whose beneficiaries are surveyed.',
              }}
            />
          </CardContent>
        </Card>
        <Card variant="outlined" component="section" aria-labelledby="responses-heading">
          <CardHeader
            title="Responses"
            subheader={responses.data ? summaryWords(responses.data.summary) : undefined}
            slotProps={{ title: { id: 'responses-heading', component: 'h2' } }}
          />
          <CardContent>
            {period && (
              <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
                <DateBox
                  label="From"
                  value={period.from}
                  onChange={(from) => setRange({ ...period, from })}
                />
                <DateBox
                  label="To"
                  value={period.to}
                  onChange={(to) => setRange({ ...period, to })}
                />
              </Stack>
            )}
            {responses.error && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {responses.error.message}
              </Alert>
            )}
            <DataGrid
              aria-label="Responses"
              rows={responses.data?.rows ?? []}
              columns={responseColumns}
              loading={responses.isFetching}
              density="compact"
              getRowHeight={() => 'auto'}
              disableRowSelectionOnClick
              initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
              pageSizeOptions={[25, 50, 100]}
              sx={{ bgcolor: 'background.paper', minHeight: 220, ...wrapped }}
              localeText={{
                noRowsLabel: 'No surveys recorded in this period.',
              }}
            />
          </CardContent>
        </Card>
      </Box>
      {recording && (
        <SurveyDialog placement={recording} today={today} onClose={() => setRecording(null)} />
      )}
    </>
  );
}
