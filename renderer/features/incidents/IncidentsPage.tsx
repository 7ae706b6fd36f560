import { Alert, Card, CardContent, Chip, Grid, Link, Stack, Typography } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, isValid, parseISO } from 'date-fns';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { labelOf } from '../../../shared/codes';
import type { IncidentRow } from '../../../shared/contract/incidents';
import { formatDate } from '../../../shared/dates';
import { incidentKinds } from '../../../shared/session-codes';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { kindColour } from './labels';

const columns: GridColDef<IncidentRow>[] = [
  {
    field: 'sessionDate',
    headerName: 'Session',
    width: 110,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/sessions/${row.sessionId}`}>
        {formatDate(row.sessionDate)}
      </Link>
    ),
  },
  { field: 'occurredAt', headerName: 'Time', width: 70 },
  { field: 'placementName', headerName: 'Placement', flex: 1, minWidth: 150 },
  {
    field: 'kind',
    headerName: 'Kind',
    width: 200,
    renderCell: ({ row }) => (
      <Chip size="small" color={kindColour[row.kind]} label={labelOf(incidentKinds, row.kind)} />
    ),
  },
  {
    field: 'summary',
    headerName: 'What happened',
    flex: 2.2,
    minWidth: 240,
    renderCell: ({ value }) => <Typography variant="body2">{value as string}</Typography>,
  },
  {
    field: 'injured',
    headerName: 'Injuries',
    width: 90,
    valueFormatter: (v: boolean) => (v ? 'Yes' : 'None'),
  },
  {
    field: 'firstAidGiven',
    headerName: 'First aid',
    width: 85,
    valueFormatter: (v: boolean) => (v ? 'Yes' : 'No'),
  },
  {
    field: 'reportedTo',
    headerName: 'Reported to',
    flex: 1,
    minWidth: 150,
    valueGetter: (_v, row) => `${row.reportedTo}, ${formatDate(row.reportedOn)}`,
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

/** Health and safety at sessions over a period: each incident, and how many of each kind. */
export function IncidentsPage() {
  const today = useRead('office.get', {}).data?.today;
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const period = range ?? (today ? { from: `${today.slice(0, 4)}-01-01`, to: today } : null);
  const list = useRead('incidents.list', period ?? { from: '', to: '' }, { enabled: !!period });
  const data = list.data;
  return (
    <>
      <PageHeader
        title="Health and safety"
        subtitle="Incidents, accidents and near misses at sessions, by the date of the session"
      />
      {period && (
        <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
          <DateBox
            label="From"
            value={period.from}
            onChange={(from) => setRange({ ...period, from })}
          />
          <DateBox label="To" value={period.to} onChange={(to) => setRange({ ...period, to })} />
        </Stack>
      )}
      {list.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {list.error.message}
        </Alert>
      )}
      {data && (
        <Grid
          container
          spacing={2}
          sx={{ mb: 2 }}
          component="section"
          aria-label="Incidents by kind"
        >
          {[
            ...data.counts.map((c) => ({
              key: c.kind,
              label: labelOf(incidentKinds, c.kind),
              count: c.count,
            })),
            { key: 'total', label: 'All incidents', count: data.total },
          ].map((c) => (
            <Grid key={c.key} size={{ xs: 6, md: 3 }}>
              <Card variant="outlined">
                <CardContent>
                  <Typography variant="body2" color="text.secondary">
                    {c.label}
                  </Typography>
                  <Typography variant="h4" component="p">
                    {c.count}
                  </Typography>
                </CardContent>
              </Card>
            </Grid>
          ))}
        </Grid>
      )}
      <DataGrid
        aria-label="Incidents"
        rows={data?.rows ?? []}
        columns={columns}
        loading={list.isFetching}
        density="compact"
        getRowHeight={() => 'auto'}
        disableRowSelectionOnClick
        initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
        pageSizeOptions={[25, 50, 100]}
        sx={{
          bgcolor: 'background.paper',
          minHeight: 300,
          '& .MuiDataGrid-cell': { py: 0.75, display: 'flex', alignItems: 'center' },
        }}
        localeText={{
          noRowsLabel:
            'No incidents at sessions in this period. Report one from the session’s page.',
        }}
      />
    </>
  );
}
