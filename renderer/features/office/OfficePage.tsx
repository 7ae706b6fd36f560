import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { courtKinds, labelOf, staffRoles } from '../../../shared/codes';
import type { Court } from '../../../shared/contract/courts';
import type { StaffMember } from '../../../shared/contract/staff';
import { useRead } from '../../api/hooks';
import { useCan } from '../../app/account';
import { PageHeader } from '../../components/PageHeader';
import { CourtDialog } from './CourtDialog';
import { LetterheadDialog } from './LetterheadDialog';
import { StaffDialog } from './StaffDialog';

const yesNo = (v: boolean) => (v ? 'Yes' : 'No');

const courtColumns: GridColDef<Court>[] = [
  { field: 'name', headerName: 'Court', flex: 2 },
  {
    field: 'kind',
    headerName: 'Kind',
    flex: 1,
    valueFormatter: (v: string) => labelOf(courtKinds, v),
  },
  { field: 'liveOrders', headerName: 'Live orders', type: 'number', flex: 0.7 },
  { field: 'active', headerName: 'In use', flex: 0.5, valueFormatter: yesNo },
];

const staffColumns: GridColDef<StaffMember>[] = [
  { field: 'name', headerName: 'Name', flex: 1.2 },
  {
    field: 'role',
    headerName: 'Role',
    flex: 1,
    valueFormatter: (v: string) => labelOf(staffRoles, v),
  },
  { field: 'team', headerName: 'Team', flex: 1 },
  { field: 'email', headerName: 'Email', flex: 1.6 },
  { field: 'phone', headerName: 'Phone', flex: 0.9 },
  { field: 'active', headerName: 'In post', flex: 0.5, valueFormatter: yesNo },
];

/** The lists the office keeps: the courts that sentence to it, and its staff and case managers. */
export function OfficePage() {
  const canManage = useCan('MANAGER');
  const courts = useRead('courts.list', {});
  const staff = useRead('staff.list', {});
  const [court, setCourt] = useState<Court | 'new' | null>(null);
  const [member, setMember] = useState<StaffMember | 'new' | null>(null);
  const office = useRead('office.get', {});
  const [letterhead, setLetterhead] = useState(false);
  const error = courts.error ?? staff.error;
  return (
    <>
      <PageHeader
        title="Courts and staff"
        subtitle={
          canManage
            ? 'Choose a row to change it'
            : 'The courts that sentence to this office, and its staff'
        }
      />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.message}
        </Alert>
      )}
      <Stack spacing={3}>
        <Card variant="outlined" component="section" aria-labelledby="letterhead-heading">
          <CardHeader
            title="Letterhead"
            subheader="Printed at the top right of the office’s letters"
            slotProps={{ title: { id: 'letterhead-heading', component: 'h2' } }}
            action={
              canManage && (
                <Button startIcon={<EditIcon />} onClick={() => setLetterhead(true)}>
                  Change the letterhead
                </Button>
              )
            }
          />
          <CardContent>
            <Typography sx={{ whiteSpace: 'pre-line' }}>
              {[
                office.data?.name,
                office.data?.address,
                office.data?.phone && `Telephone: ${office.data.phone}`,
                office.data?.email && `Email: ${office.data.email}`,
              ]
                .filter(Boolean)
                .join('\n')}
            </Typography>
            {office.data && !office.data.address && (
              <Alert severity="info" sx={{ mt: 1 }}>
                No address yet: letters print the office’s name only.
              </Alert>
            )}
          </CardContent>
        </Card>
        <Card variant="outlined">
          <CardHeader
            title="Courts"
            action={
              canManage && (
                <Button startIcon={<AddIcon />} onClick={() => setCourt('new')}>
                  Add a court
                </Button>
              )
            }
          />
          <CardContent>
            <DataGrid
              aria-label="Courts"
              rows={courts.data ?? []}
              columns={courtColumns}
              loading={courts.isLoading}
              density="compact"
              onRowClick={(p) => canManage && setCourt(p.row)}
              initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
              pageSizeOptions={[25, 50, 100]}
              autoHeight
            />
          </CardContent>
        </Card>
        <Card variant="outlined">
          <CardHeader
            title="Staff"
            action={
              canManage && (
                <Button startIcon={<AddIcon />} onClick={() => setMember('new')}>
                  Add a member of staff
                </Button>
              )
            }
          />
          <CardContent>
            <DataGrid
              aria-label="Staff"
              rows={staff.data ?? []}
              columns={staffColumns}
              loading={staff.isLoading}
              density="compact"
              onRowClick={(p) => canManage && setMember(p.row)}
              initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
              pageSizeOptions={[25, 50, 100]}
              autoHeight
            />
          </CardContent>
        </Card>
      </Stack>
      {letterhead && office.data && (
        <LetterheadDialog office={office.data} onClose={() => setLetterhead(false)} />
      )}
      {court && (
        <CourtDialog court={court === 'new' ? undefined : court} onClose={() => setCourt(null)} />
      )}
      {member && (
        <StaffDialog
          member={member === 'new' ? undefined : member}
          onClose={() => setMember(null)}
        />
      )}
    </>
  );
}
