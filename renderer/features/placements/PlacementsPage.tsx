import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import HealthAndSafetyIcon from '@mui/icons-material/HealthAndSafety';
import { Alert, Button, Chip, Link, Tooltip } from '@mui/material';
import { DataGrid, GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { labelOf } from '../../../shared/codes';
import type { Placement } from '../../../shared/contract/placements';
import { formatDate } from '../../../shared/dates';
import { placementTypes, riskLevels } from '../../../shared/placement-codes';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { describeSlots } from '../../components/SlotGrid';
import { daysOf, placesOf, reviewState, shortTypeLabels } from './labels';
import { PlacementDialog } from './PlacementDialog';
import { ReviewDialog } from './ReviewDialog';

type Open = { kind: 'edit'; placement?: Placement } | { kind: 'review'; placement: Placement };

function ReviewDateChip({ p, today }: { p: Placement; today: string | undefined }) {
  const state = p.healthAndSafetyInDate
    ? reviewState(p.healthAndSafetyReviewDue, today)
    : 'overdue';
  const date = formatDate(p.healthAndSafetyReviewDue);
  if (state === 'ok') return <>{date}</>;
  const overdue = state === 'overdue';
  return (
    <Tooltip
      title={
        overdue
          ? 'Review overdue: no new allocations until it is reviewed'
          : 'Review due within 30 days'
      }
    >
      <Chip
        size="small"
        color={overdue ? 'error' : 'warning'}
        label={overdue ? `${date} overdue` : `${date} due soon`}
      />
    </Tooltip>
  );
}

/** The office's placements: where people work, how many they take, and who they can take. */
export function PlacementsPage() {
  const list = useRead('placements.list', {});
  const office = useRead('office.get', {});
  const today = office.data?.today;
  const [open, setOpen] = useState<Open | null>(null);

  const columns: GridColDef<Placement>[] = [
    {
      field: 'name',
      headerName: 'Name',
      flex: 2,
      minWidth: 220,
      renderCell: ({ row }) => (
        <Link
          component="button"
          type="button"
          title={row.name}
          onClick={() => setOpen({ kind: 'edit', placement: row })}
          sx={{
            maxWidth: '100%',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {row.name}
        </Link>
      ),
    },
    { field: 'beneficiary', headerName: 'Beneficiary', flex: 1.2, minWidth: 120 },
    {
      field: 'type',
      headerName: 'Type',
      width: 112,
      valueGetter: (v: Placement['type']) => shortTypeLabels[v],
      renderCell: ({ row, value }) => (
        <Tooltip title={labelOf(placementTypes, row.type)}>
          <span>{value as string}</span>
        </Tooltip>
      ),
    },
    { field: 'area', headerName: 'Area', width: 100 },
    {
      field: 'sessions',
      headerName: 'Days',
      width: 110,
      sortable: false,
      renderCell: ({ row }) => (
        <Tooltip title={`${describeSlots(row.sessions)}, ${row.startTime} to ${row.endTime}`}>
          <span>{daysOf(row.sessions)}</span>
        </Tooltip>
      ),
    },
    {
      field: 'allocated',
      headerName: 'Allocated',
      width: 90,
      valueGetter: (_v, row) => row.allocated / placesOf(row),
      renderCell: ({ row }) => (
        <Tooltip
          title={`${row.capacity} a session × ${row.sessions.length} sessions a week = ${placesOf(row)} places`}
        >
          <span>
            {row.allocated} of {placesOf(row)}
          </span>
        </Tooltip>
      ),
    },
    {
      field: 'maxRiskLevel',
      headerName: 'Risk up to',
      description: 'The highest risk of harm level the placement accepts',
      width: 95,
      valueFormatter: (v: string) => labelOf(riskLevels, v),
    },
    {
      field: 'healthAndSafetyReviewDue',
      headerName: 'H&S review',
      description: 'When the health and safety risk assessment must next be reviewed',
      width: 160,
      renderCell: ({ row }) => <ReviewDateChip p={row} today={today} />,
    },
    {
      field: 'active',
      headerName: 'In use',
      width: 65,
      valueFormatter: (v: boolean) => (v ? 'Yes' : 'No'),
    },
    {
      field: 'actions',
      type: 'actions',
      headerName: 'Actions',
      width: 90,
      getActions: ({ row }) => [
        <GridActionsCellItem
          key="edit"
          icon={<EditIcon />}
          label={`Change ${row.name}`}
          onClick={() => setOpen({ kind: 'edit', placement: row })}
        />,
        <GridActionsCellItem
          key="review"
          icon={<HealthAndSafetyIcon />}
          label={`Review health and safety of ${row.name}`}
          onClick={() => setOpen({ kind: 'review', placement: row })}
        />,
      ],
    },
  ];

  return (
    <>
      <PageHeader
        actionRoles={['MANAGER']}
        title="Placements"
        subtitle="Where people do their unpaid work, in use first"
        actions={
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setOpen({ kind: 'edit' })}
          >
            Add a placement
          </Button>
        }
      />
      {list.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {list.error.message}
        </Alert>
      )}
      <DataGrid
        aria-label="Placements"
        rows={list.data ?? []}
        columns={columns}
        loading={list.isLoading}
        density="compact"
        disableRowSelectionOnClick
        initialState={{ pagination: { paginationModel: { pageSize: 50 } } }}
        pageSizeOptions={[25, 50, 100]}
        sx={{ bgcolor: 'background.paper', minHeight: 400 }}
        localeText={{ noRowsLabel: 'No placements yet. Use “Add a placement” to add one.' }}
      />
      {open?.kind === 'edit' && (
        <PlacementDialog placement={open.placement} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'review' && (
        <ReviewDialog placement={open.placement} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
