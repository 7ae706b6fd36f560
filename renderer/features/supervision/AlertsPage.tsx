import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import {
  Alert,
  Box,
  Button,
  Chip,
  Link,
  Stack,
  Tab,
  Tabs,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import type { GridColDef, GridPaginationModel } from '@mui/x-data-grid';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { labelOf } from '../../../shared/codes';
import type { AlertRow, ReviewDueRow } from '../../../shared/contract/supervision';
import { formatDate } from '../../../shared/dates';
import { alertSources } from '../../../shared/session-codes';
import { useRead, useWrite } from '../../api/hooks';
import { useCan } from '../../app/account';
import { useNotify } from '../../components/Notify';
import { PageHeader } from '../../components/PageHeader';
import { PagedGrid } from './PagedGrid';

function nameColumn<R extends { orderId: number; personName: string }>(): GridColDef<R> {
  return {
    field: 'personName',
    headerName: 'Name',
    flex: 1,
    minWidth: 150,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/orders/${row.orderId}`}>
        {row.personName}
      </Link>
    ),
  };
}

function MarkSent({ row }: { row: AlertRow }) {
  const notify = useNotify();
  const mark = useWrite('supervision.markAlertSent');
  return (
    <Button
      size="small"
      variant="outlined"
      startIcon={<MarkEmailReadIcon />}
      disabled={mark.isPending}
      aria-label={`Mark the alert about ${row.personName} as sent`}
      onClick={() =>
        mark.mutate(
          { id: row.id },
          {
            onSuccess: (a) =>
              notify(`Alert about ${a.personName} marked as sent to ${a.caseManagerName}`),
            onError: (e) => notify(e.message, 'error'),
          },
        )
      }
    >
      Mark as sent
    </Button>
  );
}

function alertColumns(open: boolean, canMark: boolean): GridColDef<AlertRow>[] {
  return [
    {
      field: 'raisedOn',
      headerName: 'Raised',
      width: 100,
      valueFormatter: (v: string) => formatDate(v),
    },
    nameColumn<AlertRow>(),
    { field: 'caseReference', headerName: 'Case reference', width: 120 },
    { field: 'caseManagerName', headerName: 'Case manager', flex: 0.8, minWidth: 130 },
    {
      field: 'source',
      headerName: 'From',
      width: 120,
      valueFormatter: (v: string) => labelOf(alertSources, v),
    },
    {
      field: 'message',
      headerName: 'What to tell them',
      flex: 2.5,
      minWidth: 260,
      renderCell: ({ value }) => (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
          {value as string}
        </Typography>
      ),
    },
    ...(open
      ? canMark
        ? [
            {
              field: 'action',
              headerName: '',
              width: 150,
              renderCell: ({ row }) => <MarkSent row={row} />,
            } satisfies GridColDef<AlertRow>,
          ]
        : []
      : [
          {
            field: 'sentOn',
            headerName: 'Sent',
            flex: 0.9,
            minWidth: 150,
            valueGetter: (_v, row) => `${formatDate(row.sentOn)} by ${row.sentBy}`,
          } satisfies GridColDef<AlertRow>,
        ]),
  ];
}

const reviewColumns: GridColDef<ReviewDueRow>[] = [
  {
    field: 'due',
    headerName: 'Due',
    width: 170,
    renderCell: ({ row }) => (
      <Chip
        size="small"
        color={row.overdue ? 'error' : 'warning'}
        label={`${formatDate(row.due)} ${row.overdue ? 'overdue' : 'due soon'}`}
      />
    ),
  },
  {
    field: 'kind',
    headerName: 'What is due',
    width: 150,
    valueFormatter: (v: ReviewDueRow['kind']) => (v === 'NO_PLAN' ? 'Agree the plan' : 'Review'),
  },
  nameColumn<ReviewDueRow>(),
  { field: 'caseReference', headerName: 'Case reference', width: 120 },
  { field: 'caseManagerName', headerName: 'Case manager', flex: 0.8, minWidth: 130 },
  {
    field: 'sentenceDate',
    headerName: 'Sentenced',
    width: 110,
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'lastReviewedOn',
    headerName: 'Last review',
    width: 110,
    valueFormatter: (v: string | null) => (v ? formatDate(v) : '—'),
  },
];

const firstPage: GridPaginationModel = { page: 0, pageSize: 25 };

function AlertsTab() {
  const canMark = useCan('MANAGER', 'CASE_ADMINISTRATOR');
  const [open, setOpen] = useState(true);
  const [pagination, setPagination] = useState(firstPage);
  const alerts = useRead('supervision.alerts', { open, ...pagination });
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={open ? 'open' : 'sent'}
          onChange={(_e, value: 'open' | 'sent' | null) => {
            if (!value) return;
            setOpen(value === 'open');
            setPagination(firstPage);
          }}
          aria-label="Which alerts"
        >
          <ToggleButton value="open">To send</ToggleButton>
          <ToggleButton value="sent">Sent</ToggleButton>
        </ToggleButtonGroup>
        <Typography variant="body2" color="text.secondary">
          {open
            ? 'Oldest first. Tell the case manager, then mark the alert as sent.'
            : 'Latest sent first.'}
        </Typography>
      </Stack>
      {alerts.error && <Alert severity="error">{alerts.error.message}</Alert>}
      <PagedGrid
        label={open ? 'Alerts to send' : 'Alerts sent'}
        rows={alerts.data?.rows ?? []}
        total={alerts.data?.total}
        loading={alerts.isFetching}
        columns={alertColumns(open, canMark)}
        pagination={pagination}
        onPagination={setPagination}
        empty={
          open ? 'No alerts waiting: every case manager has been told.' : 'No alerts sent yet.'
        }
      />
    </Stack>
  );
}

function ReviewsTab() {
  const [pagination, setPagination] = useState(firstPage);
  const due = useRead('supervision.reviewsDue', pagination);
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        Live orders whose supervision review is due within 7 days or overdue, and those with no plan
        10 working days after sentence. Most overdue first.
      </Typography>
      {due.error && <Alert severity="error">{due.error.message}</Alert>}
      <PagedGrid
        label="Reviews due"
        rows={due.data?.rows ?? []}
        getRowId={(r) => r.orderId}
        total={due.data?.total}
        loading={due.isFetching}
        columns={reviewColumns}
        pagination={pagination}
        onPagination={setPagination}
        empty="No plans or reviews due in the next 7 days."
      />
    </Stack>
  );
}

/** What the case managers must hear about, and the supervision plans and reviews falling due. */
export function AlertsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'reviews' ? 'reviews' : 'alerts';
  const open = useRead('supervision.alerts', { open: true, page: 0, pageSize: 1 }).data?.total;
  const due = useRead('supervision.reviewsDue', { page: 0, pageSize: 1 }).data?.total;
  const count = (n: number | undefined) =>
    n ? <Chip size="small" label={n} sx={{ ml: 1 }} /> : null;
  return (
    <>
      <PageHeader
        title="Case manager alerts"
        subtitle="What case managers must hear about, and supervision plans and reviews falling due"
      />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs
          value={tab}
          onChange={(_e, value: string) => setParams(value === 'reviews' ? { tab: value } : {})}
        >
          <Tab
            value="alerts"
            label={<span>Alerts{count(open)}</span>}
            id="alerts-tab"
            aria-controls="alerts-panel"
          />
          <Tab
            value="reviews"
            label={<span>Reviews due{count(due)}</span>}
            id="reviews-tab"
            aria-controls="reviews-panel"
          />
        </Tabs>
      </Box>
      <div role="tabpanel" id={`${tab}-panel`} aria-labelledby={`${tab}-tab`}>
        {tab === 'alerts' ? <AlertsTab /> : <ReviewsTab />}
      </div>
    </>
  );
}
