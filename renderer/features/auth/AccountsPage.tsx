import AddIcon from '@mui/icons-material/PersonAdd';
import { Alert, Button } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import type { OutputOf } from '../../../shared/contract';
import { accountRoleItems } from '../../../shared/contract/auth';
import { labelOf } from '../../../shared/codes';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { AccountDialog } from './AccountDialog';

type AccountRow = OutputOf<'accounts.list'>[number];

const dateTime = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString('en-GB', {
        dateStyle: 'short',
        timeStyle: 'short',
        hour12: false,
      })
    : 'Never';

const columns: GridColDef<AccountRow>[] = [
  { field: 'name', headerName: 'Name', flex: 1.2 },
  { field: 'username', headerName: 'Username', flex: 1 },
  {
    field: 'role',
    headerName: 'Role',
    flex: 1,
    valueFormatter: (v: string) => labelOf(accountRoleItems, v),
  },
  {
    field: 'active',
    headerName: 'Active',
    flex: 0.5,
    valueFormatter: (v: boolean) => (v ? 'Yes' : 'No'),
  },
  {
    field: 'lastSignIn',
    headerName: 'Last signed in',
    flex: 1,
    valueFormatter: (v: string | null) => dateTime(v),
  },
];

/** Who may sign in, and as what: managers only. */
export function AccountsPage() {
  const accounts = useRead('accounts.list', {});
  const [editing, setEditing] = useState<AccountRow | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title="Staff accounts"
        subtitle="Who may sign in to Amends, and what their role allows. Choose a row to change it."
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
            Add an account
          </Button>
        }
      />
      {accounts.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {accounts.error.message}
        </Alert>
      )}
      <DataGrid
        aria-label="Accounts"
        rows={accounts.data ?? []}
        columns={columns}
        loading={accounts.isLoading}
        density="compact"
        onRowClick={(p) => setEditing(p.row)}
        sx={{ bgcolor: 'background.paper' }}
        autoHeight
        hideFooter
      />
      {editing && (
        <AccountDialog
          account={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
