import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import SchoolIcon from '@mui/icons-material/School';
import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  LinearProgress,
  Stack,
} from '@mui/material';
import { DataGrid, GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useParams } from 'react-router';
import { labelOf, staffRoles } from '../../../shared/codes';
import type { Absence, SupervisorDetail } from '../../../shared/contract/supervisors';
import { formatDate } from '../../../shared/dates';
import { absenceKinds, staffGenders, trainingKinds } from '../../../shared/session-codes';
import { useRead } from '../../api/hooks';
import { useCan } from '../../app/account';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { describeSlots } from '../../components/SlotGrid';
import { AbsenceDialog } from './AbsenceDialog';
import { RemoveAbsenceDialog } from './RemoveAbsenceDialog';
import { RotaDialog } from './RotaDialog';
import { StatusChip } from './StatusChip';
import { TrainingChip } from './TrainingChip';
import { TrainingDialog } from './TrainingDialog';

type Course = SupervisorDetail['trainingHistory'][number];
type Open = 'rota' | 'absence' | 'training' | { remove: Absence } | null;

function absenceStanding(a: Absence, today: string | undefined) {
  if (a.ended) return <Chip size="small" label="Ended" variant="outlined" />;
  if (today && a.fromDate <= today) return <Chip size="small" color="warning" label="Away now" />;
  return <Chip size="small" color="info" variant="outlined" label="To come" />;
}

/** One supervisor: their rota, their absences and their training, each changed in its own dialog. */
export function SupervisorPage() {
  const id = Number(useParams().id);
  const read = useRead('supervisors.get', { id });
  const today = useRead('office.get', {}).data?.today;
  const isManager = useCan('MANAGER');
  const inOffice = useCan('MANAGER', 'CASE_ADMINISTRATOR');
  const [open, setOpen] = useState<Open>(null);
  const s = read.data;
  if (read.error) return <Alert severity="error">{read.error.message}</Alert>;
  if (!s) return <LinearProgress aria-label="Loading" />;

  const absenceColumns: GridColDef<Absence>[] = [
    {
      field: 'kind',
      headerName: 'Kind',
      flex: 1,
      minWidth: 140,
      valueFormatter: (v: string) => labelOf(absenceKinds, v),
    },
    { field: 'fromDate', headerName: 'First day', width: 110, valueFormatter: formatDate },
    { field: 'toDate', headerName: 'Last day', width: 110, valueFormatter: formatDate },
    { field: 'days', headerName: 'Days', type: 'number', width: 70 },
    { field: 'notes', headerName: 'Notes', flex: 1.5, minWidth: 160 },
    {
      field: 'ended',
      headerName: 'Status',
      width: 110,
      renderCell: ({ row }) => absenceStanding(row, today),
    },
    {
      field: 'actions',
      type: 'actions',
      headerName: 'Remove',
      width: 80,
      getActions: ({ row }) =>
        inOffice && !row.ended
          ? [
              <GridActionsCellItem
                key="remove"
                icon={<DeleteIcon />}
                label={`Remove ${labelOf(absenceKinds, row.kind).toLowerCase()} from ${formatDate(row.fromDate)}`}
                onClick={() => setOpen({ remove: row })}
              />,
            ]
          : [],
    },
  ];

  const trainingColumns: GridColDef<Course>[] = [
    {
      field: 'kind',
      headerName: 'Training',
      flex: 1,
      minWidth: 180,
      valueFormatter: (v: string) => labelOf(trainingKinds, v),
    },
    { field: 'completedOn', headerName: 'Completed', width: 120, valueFormatter: formatDate },
    { field: 'expiresOn', headerName: 'Expires', width: 120, valueFormatter: formatDate },
    {
      field: 'current',
      headerName: 'Counts now',
      width: 200,
      renderCell: ({ row }) => {
        if (!row.current)
          return <Chip size="small" variant="outlined" label="Replaced by a later course" />;
        const status = s.training.find((t) => t.kind === row.kind)!;
        return <TrainingChip status={status} />;
      },
    },
  ];

  const role = labelOf(staffRoles, s.role);
  return (
    <>
      <PageHeader
        title={s.name}
        subtitle={`${role} · ${s.active ? 'in post' : 'no longer in post'}`}
        trail={[{ label: 'Supervisors', to: '/supervisors' }]}
      />
      <Stack spacing={3}>
        {s.unfitReasons.length > 0 && (
          <Alert severity={s.active ? 'warning' : 'info'}>
            Cannot lead a work party today: {s.unfitReasons.join('; ')}.
          </Alert>
        )}
        <Card variant="outlined" component="section" aria-labelledby="rota-heading">
          <CardHeader
            title="Rota"
            slotProps={{ title: { id: 'rota-heading', component: 'h2', variant: 'h6' } }}
            action={
              isManager &&
              s.active && (
                <Button startIcon={<EditCalendarIcon />} onClick={() => setOpen('rota')}>
                  Change rota
                </Button>
              )
            }
          />
          <CardContent>
            <Facts
              items={[
                [
                  'Works',
                  s.workingSlots.length ? describeSlots(s.workingSlots) : 'No rota recorded',
                ],
                ['Gender', labelOf(staffGenders, s.gender)],
                ['Today', <StatusChip key="today" supervisor={s} />],
              ]}
            />
          </CardContent>
        </Card>

        <Card variant="outlined" component="section" aria-labelledby="absences-heading">
          <CardHeader
            title="Absences"
            subheader="Leave, sickness and other days away, first and last day included. Past absences are kept."
            slotProps={{ title: { id: 'absences-heading', component: 'h2', variant: 'h6' } }}
            action={
              inOffice &&
              s.active && (
                <Button startIcon={<AddIcon />} onClick={() => setOpen('absence')}>
                  Add an absence
                </Button>
              )
            }
          />
          <CardContent>
            <DataGrid
              aria-label="Absences"
              rows={s.absences}
              columns={absenceColumns}
              columnVisibilityModel={{ actions: inOffice }}
              density="compact"
              disableRowSelectionOnClick
              autoHeight
              initialState={{ pagination: { paginationModel: { pageSize: 10 } } }}
              pageSizeOptions={[10, 25, 50]}
              localeText={{ noRowsLabel: 'No absences recorded' }}
            />
          </CardContent>
        </Card>

        <Card variant="outlined" component="section" aria-labelledby="training-heading">
          <CardHeader
            title="Training"
            subheader="Risk of harm and health and safety must be in date to lead a work party; a course counts on its expiry date."
            slotProps={{ title: { id: 'training-heading', component: 'h2', variant: 'h6' } }}
            action={
              isManager &&
              s.active && (
                <Button startIcon={<SchoolIcon />} onClick={() => setOpen('training')}>
                  Record training
                </Button>
              )
            }
          />
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap' }}>
              {s.training.map((t) => (
                <TrainingChip key={t.kind} status={t} withName />
              ))}
            </Stack>
            <DataGrid
              aria-label="Training history"
              rows={s.trainingHistory}
              columns={trainingColumns}
              density="compact"
              disableRowSelectionOnClick
              autoHeight
              initialState={{ pagination: { paginationModel: { pageSize: 10 } } }}
              pageSizeOptions={[10, 25, 50]}
              localeText={{ noRowsLabel: 'No training recorded' }}
            />
          </CardContent>
        </Card>
      </Stack>
      {open === 'rota' && <RotaDialog supervisor={s} onClose={() => setOpen(null)} />}
      {open === 'absence' && <AbsenceDialog supervisor={s} onClose={() => setOpen(null)} />}
      {open === 'training' && <TrainingDialog supervisor={s} onClose={() => setOpen(null)} />}
      {open && typeof open === 'object' && (
        <RemoveAbsenceDialog name={s.name} absence={open.remove} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
