import TuneIcon from '@mui/icons-material/Tune';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import type { OutputOf } from '../../../shared/contract';
import { formatDate } from '../../../shared/dates';
import { policyFields } from '../../../shared/policy';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { TargetsCard } from '../board/TargetsCard';
import { formatWhen } from '../backups/labels';
import { changesFrom, nationalOf, withUnit } from './labels';
import { PolicyChangeDialog } from './PolicyChangeDialog';

type Version = OutputOf<'policy.history'>[number];
type Row = Version & { changes: string[]; state: 'coming' | 'now' | 'past' };

/** Each version with what it changed against the one before it, and whether it is in force. */
function historyRows(history: Version[], inForce: number | null, today = ''): Row[] {
  return history.map((v, i) => ({
    ...v,
    changes: changesFrom(history[i + 1]?.values ?? {}, v.values),
    state:
      v.versionId === inForce
        ? 'now'
        : today && (v.effectiveFrom ?? '') > today
          ? 'coming'
          : 'past',
  }));
}

/** The area's policy settings: those in force today, every version since, and (for managers) a change. */
export function PolicyPage({ canChange }: { canChange: boolean }) {
  const office = useRead('office.get', {});
  const current = useRead('policy.current', {});
  const history = useRead('policy.history', {});
  const [changing, setChanging] = useState(false);
  const today = office.data?.today;
  const inForce = current.data;
  const rows = historyRows(history.data ?? [], inForce?.versionId ?? null, today);
  const coming = rows.filter((r) => r.state === 'coming');

  const columns: GridColDef<Row>[] = [
    {
      field: 'effectiveFrom',
      headerName: 'In force from',
      width: 190,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <span>{formatDate(row.effectiveFrom)}</span>
          {row.state === 'now' && <Chip size="small" color="success" label="In force" />}
          {row.state === 'coming' && <Chip size="small" color="info" label="Coming" />}
        </Stack>
      ),
    },
    {
      field: 'changedByName',
      headerName: 'Changed by',
      width: 160,
      valueFormatter: (v: string | null) => v ?? '—',
    },
    {
      field: 'createdAt',
      headerName: 'Saved',
      width: 140,
      valueFormatter: (v: string) => formatWhen(v),
    },
    { field: 'reason', headerName: 'Reason', flex: 1, minWidth: 180 },
    {
      field: 'changes',
      headerName: 'What changed',
      flex: 1.6,
      minWidth: 260,
      sortable: false,
      renderCell: ({ row }) => (
        <Box>
          {row.changes.length === 0
            ? 'Nothing: the same values as before'
            : row.changes.map((c) => <div key={c}>{c}</div>)}
        </Box>
      ),
    },
  ];

  const error = office.error ?? current.error ?? history.error;
  return (
    <>
      <PageHeader
        title="Policy settings"
        subtitle={
          inForce?.effectiveFrom
            ? `The settings in force today have applied since ${formatDate(inForce.effectiveFrom)}`
            : 'The national bulletin’s figures: not changed in this office'
        }
        actions={
          canChange && (
            <Button
              variant="contained"
              startIcon={<TuneIcon />}
              disabled={!inForce || !today}
              onClick={() => setChanging(true)}
            >
              Change settings
            </Button>
          )
        }
      />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.message}
        </Alert>
      )}
      <Alert severity="info" sx={{ mb: 2 }}>
        A change applies from the date it comes into force. It never alters records already made:
        they keep the settings in force when they were made.
      </Alert>
      {coming.map((v) => (
        <Alert key={v.versionId} severity="warning" sx={{ mb: 2 }}>
          New settings come into force on {formatDate(v.effectiveFrom)}: {v.changes.join('; ')}.
        </Alert>
      ))}
      <Stack spacing={3}>
        <Card variant="outlined">
          <CardHeader title="In force today" />
          <CardContent sx={{ pt: 0 }}>
            <Table size="small" aria-label="Settings in force today">
              <TableHead>
                <TableRow>
                  <TableCell>Setting</TableCell>
                  <TableCell>Value</TableCell>
                  <TableCell>National figure</TableCell>
                  <TableCell>About it</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {policyFields.map((f) => {
                  const value = inForce?.values[f.key];
                  const national = nationalOf(f);
                  return (
                    <TableRow key={f.key}>
                      <TableCell component="th" scope="row">
                        {f.label}
                      </TableCell>
                      <TableCell sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
                        {value === undefined ? '…' : withUnit(f, value)}
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {value === undefined || value === national ? (
                          <Typography variant="body2" color="text.secondary" component="span">
                            Same
                          </Typography>
                        ) : (
                          withUnit(f, national)
                        )}
                      </TableCell>
                      <TableCell sx={{ color: 'text.secondary' }}>{f.note}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
        <Card variant="outlined">
          <CardHeader title="Versions" subheader="Every change, newest first" />
          <CardContent sx={{ pt: 0 }}>
            <DataGrid
              aria-label="Versions of the settings"
              rows={rows}
              columns={columns}
              getRowId={(r) => r.versionId ?? r.createdAt}
              getRowHeight={() => 'auto'}
              loading={history.isLoading}
              density="compact"
              disableRowSelectionOnClick
              hideFooter={rows.length <= 25}
              initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
              pageSizeOptions={[25, 50]}
              autoHeight
              sx={{
                '& .MuiDataGrid-cell': { py: 1, whiteSpace: 'normal', alignItems: 'flex-start' },
              }}
              localeText={{ noRowsLabel: 'No changes yet: the national bulletin’s figures apply' }}
            />
          </CardContent>
        </Card>
        <TargetsCard />
      </Stack>
      {changing && inForce && today && (
        <PolicyChangeDialog
          current={inForce.values}
          currentFrom={inForce.effectiveFrom}
          today={today}
          onClose={() => setChanging(false)}
        />
      )}
    </>
  );
}
