import DownloadIcon from '@mui/icons-material/Download';
import VerifiedIcon from '@mui/icons-material/VerifiedUser';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, isValid, parseISO } from 'date-fns';
import { useState } from 'react';
import type { OutputOf } from '../../../shared/contract';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useNotify } from '../../components/Notify';
import { useAuditExport } from './useAuditExport';

type AuditRow = OutputOf<'audit.search'>['rows'][number];

const columns: GridColDef<AuditRow>[] = [
  {
    field: 'at',
    headerName: 'When',
    flex: 0.9,
    valueFormatter: (v: string) =>
      new Date(v).toLocaleString('en-GB', {
        dateStyle: 'short',
        timeStyle: 'medium',
        hour12: false,
      }),
  },
  {
    field: 'accountName',
    headerName: 'Who',
    flex: 0.8,
    valueFormatter: (v: string | null) => v ?? '(not signed in)',
  },
  {
    field: 'kind',
    headerName: 'Kind',
    flex: 0.4,
    valueFormatter: (v: string) => (v === 'READ' ? 'Opened' : 'Changed'),
  },
  { field: 'procedure', headerName: 'Action', flex: 0.9 },
  {
    field: 'recordId',
    headerName: 'Record',
    flex: 0.6,
    valueGetter: (_v, row) =>
      row.recordType ? `${row.recordType}${row.recordId ? ` ${row.recordId}` : ''}` : '',
  },
  { field: 'detail', headerName: 'What was asked', flex: 2.4 },
];

/** The audit log: who opened or changed what, searchable and exportable, and a check of its chain. */
export function AuditPage() {
  const notify = useNotify();
  const [filters, setFilters] = useState({ from: '', to: '', procedure: '', recordType: '' });
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 50 });
  const query = {
    from: filters.from || undefined,
    to: filters.to || undefined,
    procedure: filters.procedure || null,
    recordType: filters.recordType || null,
  };
  const entries = useRead('audit.search', {
    ...query,
    page: pagination.page,
    pageSize: pagination.pageSize,
  });
  const [checking, setChecking] = useState(false);
  const verify = useRead('audit.verify', {}, { enabled: checking });
  const exportCsv = useAuditExport();
  const setFilter = (key: keyof typeof filters, value: string) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setPagination((p) => ({ ...p, page: 0 }));
  };
  const set = (key: keyof typeof filters) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setFilter(key, e.target.value);
  return (
    <>
      <PageHeader
        title="Audit log"
        subtitle="Every change, and every opening of a person’s record, report or export"
        actions={
          <>
            <Button
              startIcon={<VerifiedIcon />}
              onClick={() => (checking ? void verify.refetch() : setChecking(true))}
            >
              Check the log is intact
            </Button>
            <Button
              variant="contained"
              startIcon={<DownloadIcon />}
              disabled={exportCsv.isPending}
              onClick={() =>
                exportCsv.run(query, (n) => notify(`${n.toLocaleString('en-GB')} entries exported`))
              }
            >
              Export CSV
            </Button>
          </>
        }
      />
      {verify.data && (
        <Alert severity={verify.data.intact ? 'success' : 'error'} sx={{ mb: 2 }}>
          {verify.data.intact
            ? `All ${verify.data.entries.toLocaleString('en-GB')} entries are intact: nothing has been changed outside Amends.`
            : `The log was changed outside Amends at entry ${verify.data.firstBrokenId}: entries from there on cannot be trusted.`}
        </Alert>
      )}
      {(entries.error ?? exportCsv.error) && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {(entries.error ?? exportCsv.error)?.message}
        </Alert>
      )}
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }}>
        {(['from', 'to'] as const).map((key) => (
          <DatePicker
            key={key}
            label={key === 'from' ? 'From' : 'To'}
            format="dd/MM/yyyy"
            value={filters[key] ? parseISO(filters[key]) : null}
            onChange={(date) =>
              setFilter(key, date && isValid(date) ? format(date, 'yyyy-MM-dd') : '')
            }
            slotProps={{ field: { clearable: true }, textField: { sx: { width: 190 } } }}
          />
        ))}
        <TextField
          label="Action (e.g. people.get)"
          value={filters.procedure}
          onChange={set('procedure')}
        />
        <TextField
          label="Record type (e.g. orders)"
          value={filters.recordType}
          onChange={set('recordType')}
        />
      </Stack>
      <DataGrid
        aria-label="Audit entries"
        rows={entries.data?.rows ?? []}
        rowCount={entries.data?.total ?? 0}
        columns={columns}
        loading={entries.isFetching}
        paginationMode="server"
        paginationModel={pagination}
        onPaginationModelChange={setPagination}
        pageSizeOptions={[25, 50, 100]}
        disableColumnFilter
        disableColumnSorting
        density="compact"
        sx={{ bgcolor: 'background.paper', minHeight: 400 }}
      />
    </>
  );
}
