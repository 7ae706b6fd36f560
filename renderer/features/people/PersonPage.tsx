import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  LinearProgress,
  Link,
  Stack,
} from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import {
  disabilityAnswers,
  ethnicities,
  genders,
  labelOf,
  orderStatuses,
  religions,
} from '../../../shared/codes';
import { ageOn, formatDate, formatMinutes } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { OrderDialog } from '../orders/OrderDialog';
import { PersonDialog } from './PersonDialog';

type PersonOrder = {
  id: number;
  sentenceDate: string;
  courtName: string;
  hoursOrderedMinutes: number;
  creditedMinutes: number;
  endDate: string;
  status: string;
};

const orderColumns: GridColDef<PersonOrder>[] = [
  {
    field: 'sentenceDate',
    headerName: 'Sentenced',
    flex: 0.8,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/orders/${row.id}`}>
        {formatDate(row.sentenceDate)}
      </Link>
    ),
  },
  { field: 'courtName', headerName: 'Court', flex: 1.4 },
  {
    field: 'hoursOrderedMinutes',
    headerName: 'Hours ordered',
    type: 'number',
    flex: 0.8,
    valueFormatter: (v: number) => formatMinutes(v),
  },
  {
    field: 'creditedMinutes',
    headerName: 'Credited',
    type: 'number',
    flex: 0.8,
    valueFormatter: (v: number) => formatMinutes(v),
  },
  {
    field: 'endDate',
    headerName: 'End date',
    flex: 0.8,
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'status',
    headerName: 'Status',
    flex: 0.8,
    renderCell: ({ row }) => (
      <Chip
        size="small"
        label={labelOf(orderStatuses, row.status)}
        color={row.status === 'LIVE' ? 'primary' : 'default'}
      />
    ),
  },
];

export function PersonPage() {
  const id = Number(useParams().id);
  const person = useRead('people.get', { id });
  const office = useRead('office.get', {});
  const [editing, setEditing] = useState(false);
  const [ordering, setOrdering] = useState(false);
  const p = person.data;

  if (person.error) return <Alert severity="error">{person.error.message}</Alert>;
  if (!p) return <LinearProgress aria-label="Loading" />;
  const today = office.data?.today;
  return (
    <>
      <PageHeader
        actionRoles={['MANAGER', 'CASE_ADMINISTRATOR']}
        title={`${p.familyName}, ${p.givenNames}`}
        subtitle={`Case reference ${p.caseReference}`}
        trail={[{ label: 'People', to: '/people' }]}
        actions={
          <>
            <Button startIcon={<EditIcon />} onClick={() => setEditing(true)}>
              Change details
            </Button>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOrdering(true)}>
              Register an order
            </Button>
          </>
        }
      />
      <Stack spacing={3}>
        <Card variant="outlined">
          <CardHeader title="Details" />
          <CardContent>
            <Facts
              items={[
                [
                  'Date of birth',
                  `${formatDate(p.dateOfBirth)}${today ? ` (aged ${ageOn(p.dateOfBirth, today)})` : ''}`,
                ],
                ['Gender', labelOf(genders, p.gender)],
                ['Ethnicity', labelOf(ethnicities, p.ethnicity)],
                ['Religion', labelOf(religions, p.religion)],
                [
                  'Disability',
                  [labelOf(disabilityAnswers, p.disability), p.disabilityDetails]
                    .filter(Boolean)
                    .join(': '),
                ],
                [
                  'First language',
                  `${p.firstLanguage}${p.interpreterNeeded ? ' (needs an interpreter)' : ''}`,
                ],
                ['Phone', p.phone],
                ['Email', p.email],
                ['Address', [p.address, p.postcode].filter(Boolean).join(', ')],
                ['Case manager', p.caseManagerName],
              ]}
            />
          </CardContent>
        </Card>
        <Card variant="outlined">
          <CardHeader title="Orders" />
          <CardContent>
            {p.orders.length === 0 ? (
              <Alert severity="info">
                No orders yet. Use “Register an order” when a court makes one.
              </Alert>
            ) : (
              <DataGrid
                aria-label="Orders"
                rows={p.orders}
                columns={orderColumns}
                hideFooter
                density="compact"
                disableRowSelectionOnClick
              />
            )}
          </CardContent>
        </Card>
      </Stack>
      {editing && <PersonDialog person={p} onClose={() => setEditing(false)} />}
      {ordering && <OrderDialog person={p} onClose={() => setOrdering(false)} />}
    </>
  );
}
