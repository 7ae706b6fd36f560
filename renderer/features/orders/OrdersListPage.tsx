import { Alert, Chip, Link, MenuItem, Stack, TextField } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink, useSearchParams } from 'react-router';
import {
  labelOf,
  orderStatuses,
  requirementTypes,
  type OrderStatus,
  type RequirementType,
} from '../../../shared/codes';
import type { OrderRow, orderSortFields } from '../../../shared/contract/orders';
import { formatDate, formatMinutes } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { ServerGrid, useGridQuery } from '../../components/ServerGrid';

type SortField = (typeof orderSortFields)[number];

const columns: GridColDef<OrderRow>[] = [
  {
    field: 'personName',
    headerName: 'Name',
    flex: 1.3,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/orders/${row.id}`}>
        {row.personName}
      </Link>
    ),
  },
  { field: 'caseReference', headerName: 'Case reference', flex: 0.9 },
  { field: 'courtName', headerName: 'Court', flex: 1.3 },
  {
    field: 'sentenceDate',
    headerName: 'Sentenced',
    flex: 0.8,
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'hoursOrderedMinutes',
    headerName: 'Hours',
    type: 'number',
    flex: 0.6,
    valueFormatter: (v: number) => formatMinutes(v),
  },
  {
    field: 'outstandingMinutes',
    headerName: 'Outstanding',
    type: 'number',
    flex: 0.8,
    valueFormatter: (v: number) => formatMinutes(v),
  },
  {
    field: 'endDate',
    headerName: 'End date',
    flex: 0.8,
    renderCell: ({ row }) =>
      row.status === 'LIVE' && row.daysLeft < 56 ? (
        <Chip
          size="small"
          color={row.daysLeft < 0 ? 'error' : 'warning'}
          label={formatDate(row.endDate)}
          title={`${row.daysLeft} days left`}
        />
      ) : (
        formatDate(row.endDate)
      ),
  },
  {
    field: 'status',
    headerName: 'Status',
    flex: 0.8,
    sortable: false,
    valueFormatter: (v: string) => labelOf(orderStatuses, v),
  },
];

/** Filters live in the address, so the home page's figures can open the list already filtered. */
export function OrdersListPage() {
  const [params, setParams] = useSearchParams();
  const sortFromLink = params.get('sort') as SortField | null;
  const grid = useGridQuery<SortField>(sortFromLink ?? 'endDate', sortFromLink ? 'desc' : 'asc');
  const courts = useRead('courts.list', {});
  const filter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    grid.resetPage();
  };
  // Live orders unless another status (or any) is chosen: the ones an office works with daily.
  const chosenStatus = params.get('status') ?? 'LIVE';
  const status = chosenStatus === 'ANY' ? undefined : (chosenStatus as OrderStatus);
  const requirementType = (params.get('requirementType') ?? '') as RequirementType | '';
  const courtId = Number(params.get('courtId')) || undefined;
  const endingWithinWeeks = Number(params.get('endingWithinWeeks')) || undefined;
  const list = useRead('orders.list', {
    ...grid.query,
    search: params.get('q') || null,
    status,
    requirementType: requirementType || undefined,
    courtId,
    endingWithinWeeks,
  });

  return (
    <>
      <PageHeader
        title="Orders"
        subtitle={`${status ? `${labelOf(orderStatuses, status)} orders` : 'All orders'}, soonest end date first`}
      />
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }}>
        <SearchBox
          label="Name, case reference or date of birth"
          value={params.get('q') ?? ''}
          onChange={(t) => filter('q', t)}
        />
        <TextField
          select
          label="Status"
          value={chosenStatus}
          onChange={(e) => filter('status', e.target.value)}
          sx={{ minWidth: 170 }}
        >
          <MenuItem value="ANY">Any</MenuItem>
          {orderStatuses.map((s) => (
            <MenuItem key={s.code} value={s.code}>
              {s.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Court"
          value={courtId ?? ''}
          onChange={(e) => filter('courtId', String(e.target.value))}
          sx={{ minWidth: 240 }}
        >
          <MenuItem value="">Any</MenuItem>
          {(courts.data ?? []).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Requirement"
          value={requirementType}
          onChange={(e) => filter('requirementType', e.target.value)}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">Any</MenuItem>
          {requirementTypes.map((r) => (
            <MenuItem key={r.code} value={r.code}>
              {r.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Ending within"
          value={endingWithinWeeks ?? ''}
          onChange={(e) => filter('endingWithinWeeks', String(e.target.value))}
          sx={{ minWidth: 150 }}
        >
          <MenuItem value="">Any time</MenuItem>
          {[2, 4, 8, 12].map((w) => (
            <MenuItem key={w} value={w}>
              {w} weeks
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {list.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {list.error.message}
        </Alert>
      )}
      <ServerGrid
        label="Orders"
        rows={list.data?.rows ?? []}
        total={list.data?.total}
        loading={list.isFetching}
        columns={columns}
        grid={grid}
      />
    </>
  );
}
