import AddIcon from '@mui/icons-material/Add';
import { Alert, Button, Chip, Link, MenuItem, Stack, TextField } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, isValid, parseISO } from 'date-fns';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { SessionRow } from '../../../shared/contract/sessions';
import { addDays } from '../../../shared/dates';
import type { PlacementType } from '../../../shared/placement-codes';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { shortTypeLabels } from '../placements/labels';
import { dayAndDate, sessionKinds } from './labels';
import { OverdueRegisters } from './OverdueRegisters';
import { SessionDialog } from './SessionDialog';

function registerState(row: SessionRow, today: string | undefined) {
  if (row.booked === 0) return '—';
  if (row.recorded >= row.booked) return <Chip size="small" color="success" label="Recorded" />;
  if (today && row.date <= today)
    return <Chip size="small" color="warning" label={`${row.booked - row.recorded} to record`} />;
  return 'Not yet';
}

function DateFilter({
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
      value={value ? parseISO(value) : null}
      format="dd/MM/yyyy"
      onChange={(d) => {
        if (d && isValid(d)) onChange(format(d, 'yyyy-MM-dd'));
      }}
      slotProps={{ textField: { size: 'small', sx: { width: 180 } } }}
    />
  );
}

/** Sessions in a date range, of every kind or one; overdue registers above them. */
export function SessionsPage() {
  const office = useRead('office.get', {});
  const today = office.data?.today;
  const [params, setParams] = useSearchParams();
  const [arranging, setArranging] = useState(false);
  const from = params.get('from') ?? (today ? addDays(today, -7) : '');
  const to = params.get('to') ?? (today ? addDays(today, 28) : '');
  const kind = (params.get('type') ?? 'ALL') as PlacementType | 'ALL';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const list = useRead(
    'sessions.list',
    { from, to, placementType: kind === 'ALL' ? undefined : kind },
    { enabled: !!from && !!to },
  );

  const columns: GridColDef<SessionRow>[] = [
    {
      field: 'date',
      headerName: 'Date',
      flex: 0.8,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={`/sessions/${row.id}`}>
          {dayAndDate(row.date)}
        </Link>
      ),
    },
    {
      field: 'startTime',
      headerName: 'Time',
      flex: 0.6,
      renderCell: ({ row }) => `${row.startTime} to ${row.endTime}`,
    },
    { field: 'placementName', headerName: 'Placement', flex: 1.4 },
    {
      field: 'placementType',
      headerName: 'Type',
      flex: 0.8,
      valueFormatter: (v: PlacementType) => shortTypeLabels[v],
    },
    { field: 'leaderName', headerName: 'Leader', flex: 1 },
    {
      field: 'booked',
      headerName: 'Booked',
      flex: 0.5,
      renderCell: ({ row }) => `${row.booked} of ${row.capacity}`,
    },
    {
      field: 'recorded',
      headerName: 'Register',
      flex: 0.6,
      renderCell: ({ row }) => registerState(row, today),
    },
  ];

  return (
    <>
      <PageHeader
        actionRoles={['MANAGER', 'CASE_ADMINISTRATOR']}
        title="Sessions"
        subtitle="Who is booked where, and whose register still needs recording"
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setArranging(true)}>
            Arrange a session
          </Button>
        }
      />
      <OverdueRegisters />
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }}>
        <DateFilter label="From" value={from} onChange={(v) => set('from', v)} />
        <DateFilter label="To" value={to} onChange={(v) => set('to', v)} />
        <TextField
          select
          label="Kind of session"
          value={kind}
          onChange={(e) => set('type', e.target.value)}
          sx={{ minWidth: 280 }}
        >
          {sessionKinds.map((k) => (
            <MenuItem key={k.code} value={k.code}>
              {k.label}
            </MenuItem>
          ))}
          <MenuItem value="ALL">All kinds</MenuItem>
        </TextField>
      </Stack>
      {list.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {list.error.message}
        </Alert>
      )}
      <DataGrid
        aria-label="Sessions"
        rows={list.data ?? []}
        columns={columns}
        loading={list.isFetching}
        density="compact"
        disableRowSelectionOnClick
        initialState={{ pagination: { paginationModel: { pageSize: 50 } } }}
        pageSizeOptions={[25, 50, 100]}
        sx={{ bgcolor: 'background.paper', minHeight: 400 }}
        localeText={{
          noRowsLabel: 'No sessions in these dates. Use “Arrange a session” to add one.',
        }}
      />
      {arranging && <SessionDialog onClose={() => setArranging(false)} />}
    </>
  );
}
