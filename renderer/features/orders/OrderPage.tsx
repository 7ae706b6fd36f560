import AddIcon from '@mui/icons-material/Add';
import EventIcon from '@mui/icons-material/Event';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  LinearProgress,
  Link,
  Stack,
  Typography,
} from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { labelOf, offenceCategories, orderStatuses, requirementTypes } from '../../../shared/codes';
import type { OrderDetail } from '../../../shared/contract/orders';
import { describeDays, formatDate, formatMinutes } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { useCan } from '../../app/account';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { AllocationPanel } from '../allocation/AllocationPanel';
import { EnforcementPanel } from '../enforcement/EnforcementPanel';
import { EndingPanel } from '../endings/EndingPanel';
import { InductionPanel } from '../induction/InductionPanel';
import { RiskPanel } from '../risk/RiskPanel';
import { SupervisionPanel } from '../supervision/SupervisionPanel';
import { AdjustmentDialog } from './AdjustmentDialog';
import { ExtensionDialog } from './ExtensionDialog';
import { OrderProgress } from './OrderProgress';

type LedgerLine = OrderDetail['ledger'][number] & { id: number };

const ledgerColumns: GridColDef<LedgerLine>[] = [
  { field: 'date', headerName: 'Date', flex: 0.6, valueFormatter: (v: string) => formatDate(v) },
  { field: 'description', headerName: 'What', flex: 2 },
  {
    field: 'creditedMinutes',
    headerName: 'Credited',
    type: 'number',
    flex: 0.6,
    valueFormatter: (v: number) => formatMinutes(v),
  },
  {
    field: 'balanceMinutes',
    headerName: 'Outstanding after',
    type: 'number',
    flex: 0.8,
    valueFormatter: (v: number) => formatMinutes(v),
  },
];

const extensionColumns: GridColDef<OrderDetail['extensions'][number]>[] = [
  {
    field: 'grantedOn',
    headerName: 'Granted',
    flex: 0.6,
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'newEndDate',
    headerName: 'New end date',
    flex: 0.6,
    valueFormatter: (v: string) => formatDate(v),
  },
  { field: 'reason', headerName: 'Reason', flex: 2 },
];

function timeLeftText(o: OrderDetail): string {
  if (o.status !== 'LIVE')
    return `${labelOf(orderStatuses, o.status)}${o.endedOn ? ` on ${formatDate(o.endedOn)}` : ''}`;
  return o.daysLeft < 0
    ? `End date passed ${describeDays(-o.daysLeft)} ago`
    : describeDays(o.daysLeft);
}

export function OrderPage() {
  const id = Number(useParams().id);
  const order = useRead('orders.get', { id });
  const canRecord = useCan('MANAGER', 'CASE_ADMINISTRATOR');
  const canAllocate = useCan('MANAGER');
  const [dialog, setDialog] = useState<'extend' | 'credit' | null>(null);
  const o = order.data;
  if (order.error) return <Alert severity="error">{order.error.message}</Alert>;
  if (!o) return <LinearProgress aria-label="Loading" />;
  const live = o.status === 'LIVE';
  const done = o.hoursOrderedMinutes
    ? Math.round((o.creditedMinutes / o.hoursOrderedMinutes) * 100)
    : 0;
  return (
    <>
      <PageHeader
        actionRoles={['MANAGER', 'CASE_ADMINISTRATOR']}
        title={`Order of ${formatDate(o.sentenceDate)}`}
        subtitle={
          <>
            <Link component={RouterLink} to={`/people/${o.personId}`}>
              {o.personName}
            </Link>{' '}
            · {o.caseReference} · {o.courtName}
          </>
        }
        trail={[{ label: 'Orders', to: '/orders' }]}
        actions={
          live && (
            <>
              <Button startIcon={<EventIcon />} onClick={() => setDialog('extend')}>
                Record an extension
              </Button>
              <Button
                variant="contained"
                startIcon={<AddIcon />}
                onClick={() => setDialog('credit')}
              >
                Credit hours
              </Button>
            </>
          )
        }
      />
      <Stack spacing={3}>
        <Card variant="outlined">
          <CardHeader
            title="Hours"
            action={
              <Chip label={labelOf(orderStatuses, o.status)} color={live ? 'primary' : 'default'} />
            }
          />
          <CardContent>
            <Box sx={{ mb: 2 }}>
              <Typography variant="body2" color="text.secondary" gutterBottom>
                {formatMinutes(o.creditedMinutes)} credited of{' '}
                {formatMinutes(o.hoursOrderedMinutes)} ({done} %)
              </Typography>
              <LinearProgress
                variant="determinate"
                value={done}
                aria-label="Hours credited"
                sx={{ height: 10, borderRadius: 5 }}
              />
            </Box>
            <Facts
              items={[
                ['Hours ordered', formatMinutes(o.hoursOrderedMinutes)],
                ['Credited', formatMinutes(o.creditedMinutes)],
                ['Outstanding', formatMinutes(o.outstandingMinutes)],
                ['End date', formatDate(o.endDate)],
                [
                  'Time left',
                  live && o.daysLeft < 56 ? (
                    <Typography component="span" sx={{ color: 'error.main', fontWeight: 600 }}>
                      {timeLeftText(o)}
                    </Typography>
                  ) : (
                    timeLeftText(o)
                  ),
                ],
                ['Sentence date', formatDate(o.sentenceDate)],
              ]}
            />
            <OrderProgress order={o} />
          </CardContent>
        </Card>
        <EndingPanel order={o} />
        <Card variant="outlined">
          <CardHeader title="The order" />
          <CardContent>
            <Facts
              items={[
                ['Requirement', labelOf(requirementTypes, o.requirementType)],
                ['Offence', `${o.offence} (${labelOf(offenceCategories, o.offenceCategory)})`],
                ['Court', o.courtName],
                ['Age at sentence', o.ageAtSentence],
                ['Case manager', o.caseManagerName],
              ]}
            />
          </CardContent>
        </Card>
        {/* The panels offer their actions only to the roles that may use them. */}
        <RiskPanel orderId={o.id} live={live && canRecord} ended={!live} />
        <InductionPanel orderId={o.id} live={live && canRecord} ended={!live} />
        {/* Placements are offered only while there is work to do. */}
        {live && <AllocationPanel orderId={o.id} live={canAllocate} />}
        <EnforcementPanel orderId={o.id} />
        <SupervisionPanel order={o} />
        <Card variant="outlined">
          <CardHeader title="Hours ledger" subheader="Every credit to this order, oldest first" />
          <CardContent>
            {o.ledger.length === 0 ? (
              <Alert severity="info">
                No hours credited yet. Work sessions and adjustments will appear here.
              </Alert>
            ) : (
              <DataGrid
                aria-label="Hours ledger"
                rows={o.ledger.map((l, i) => ({ ...l, id: i }))}
                columns={ledgerColumns}
                hideFooter
                density="compact"
                disableRowSelectionOnClick
              />
            )}
          </CardContent>
        </Card>
        {o.extensions.length > 0 && (
          <Card variant="outlined">
            <CardHeader title="Extensions" subheader="Granted by the court" />
            <CardContent>
              <DataGrid
                aria-label="Extensions"
                rows={o.extensions}
                columns={extensionColumns}
                hideFooter
                density="compact"
                disableRowSelectionOnClick
              />
            </CardContent>
          </Card>
        )}
      </Stack>
      {dialog === 'extend' && <ExtensionDialog order={o} onClose={() => setDialog(null)} />}
      {dialog === 'credit' && <AdjustmentDialog order={o} onClose={() => setDialog(null)} />}
    </>
  );
}
