import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { DataGrid, GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { labelOf } from '../../../shared/codes';
import type { LocalTarget } from '../../../shared/contract/board';
import { targetDimensions } from '../../../shared/session-codes';
import { useRead } from '../../api/hooks';
import { useCan } from '../../app/account';
import { RemoveTargetDialog } from './RemoveTargetDialog';
import { qualityWords, TargetDialog } from './TargetDialog';

/** The years offered: two back, this one and the next. */
const yearsAround = (year: number) => [year - 2, year - 1, year, year + 1];

/**
 * Local diversity targets on the Policy settings page: for a year, the least share of each group
 * (ethnic group, gender, age band, disability) to be placed with skills learning or contact with
 * beneficiaries. The Board report sets the people who started a placement against them.
 */
export function TargetsCard() {
  const canChange = useCan('MANAGER');
  const office = useRead('office.get', {});
  const thisYear = Number(office.data?.today.slice(0, 4)) || null;
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen ?? thisYear;
  const targets = useRead('board.targets', { year: year ?? 2000 }, { enabled: year !== null });
  const [open, setOpen] = useState<
    'add' | { change: LocalTarget } | { remove: LocalTarget } | null
  >(null);
  const rows = year === null ? [] : (targets.data ?? []);

  const columns: GridColDef<LocalTarget>[] = [
    {
      field: 'dimension',
      headerName: 'Measured on',
      width: 140,
      valueFormatter: (v: LocalTarget['dimension']) => labelOf(targetDimensions, v),
    },
    { field: 'groupLabel', headerName: 'Group', flex: 1.4, minWidth: 200 },
    {
      field: 'feature',
      headerName: 'Placement quality',
      flex: 1,
      minWidth: 200,
      valueFormatter: (v: LocalTarget['feature']) => qualityWords(v),
    },
    {
      field: 'targetPercent',
      headerName: 'Target',
      type: 'number',
      width: 90,
      valueFormatter: (v: number) => `${v}%`,
    },
    {
      field: 'actions',
      type: 'actions',
      headerName: 'Change or remove',
      width: 140,
      getActions: ({ row }) => [
        <GridActionsCellItem
          key="change"
          icon={<EditIcon />}
          label={`Change the target for ${row.groupLabel}`}
          onClick={() => setOpen({ change: row })}
        />,
        <GridActionsCellItem
          key="remove"
          icon={<DeleteIcon />}
          label={`Remove the target for ${row.groupLabel}`}
          onClick={() => setOpen({ remove: row })}
        />,
      ],
    },
  ];

  return (
    <Card variant="outlined" component="section" aria-labelledby="targets-heading">
      <CardHeader
        title="Local diversity targets"
        subheader="For each year, the least share of a group of people starting a placement that should be placed with skills learning or contact with beneficiaries. The Board report shows whether each was met."
        slotProps={{ title: { id: 'targets-heading', component: 'h2', variant: 'h6' } }}
        action={
          canChange && (
            <Button startIcon={<AddIcon />} disabled={year === null} onClick={() => setOpen('add')}>
              Add a target
            </Button>
          )
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <Stack spacing={2}>
          {targets.error && <Alert severity="error">{targets.error.message}</Alert>}
          <TextField
            select
            label="Year"
            size="small"
            value={year ?? ''}
            onChange={(e) => setChosen(Number(e.target.value))}
            sx={{ width: 160 }}
          >
            {(thisYear ? yearsAround(thisYear) : []).map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </TextField>
          <DataGrid
            aria-label={`Local diversity targets for ${year ?? ''}`}
            rows={rows}
            columns={columns}
            columnVisibilityModel={{ actions: canChange }}
            loading={targets.isLoading}
            density="compact"
            disableRowSelectionOnClick
            autoHeight
            hideFooter={rows.length <= 25}
            initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
            pageSizeOptions={[25, 50]}
            localeText={{ noRowsLabel: `No local targets set for ${year ?? 'this year'}` }}
          />
        </Stack>
      </CardContent>
      {year !== null && open === 'add' && (
        <TargetDialog year={year} changing={null} existing={rows} onClose={() => setOpen(null)} />
      )}
      {year !== null && open !== null && typeof open === 'object' && 'change' in open && (
        <TargetDialog
          year={year}
          changing={open.change}
          existing={rows}
          onClose={() => setOpen(null)}
        />
      )}
      {open !== null && typeof open === 'object' && 'remove' in open && (
        <RemoveTargetDialog target={open.remove} onClose={() => setOpen(null)} />
      )}
    </Card>
  );
}
