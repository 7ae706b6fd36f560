import AddIcon from '@mui/icons-material/PersonAdd';
import {
  Alert,
  Button,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Link,
} from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { genders, labelOf, type Gender } from '../../../shared/codes';
import type { PersonRow } from '../../../shared/contract/people';
import type { peopleSortFields } from '../../../shared/contract/people';
import { formatDate, formatMinutes } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { ServerGrid, useGridQuery } from '../../components/ServerGrid';
import { PersonDialog } from './PersonDialog';

const columns: GridColDef<PersonRow>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1.4,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/people/${row.id}`}>
        {row.name}
      </Link>
    ),
  },
  { field: 'caseReference', headerName: 'Case reference', flex: 1 },
  {
    field: 'dateOfBirth',
    headerName: 'Date of birth',
    flex: 0.9,
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'gender',
    headerName: 'Gender',
    flex: 0.7,
    sortable: false,
    valueFormatter: (v: string) => labelOf(genders, v),
  },
  { field: 'caseManagerName', headerName: 'Case manager', flex: 1.1, sortable: false },
  { field: 'liveOrders', headerName: 'Live orders', type: 'number', flex: 0.7 },
  {
    field: 'outstandingMinutes',
    headerName: 'Hours outstanding',
    type: 'number',
    flex: 0.9,
    valueFormatter: (v: number) => formatMinutes(v),
  },
];

export function PeopleListPage() {
  const grid = useGridQuery<(typeof peopleSortFields)[number]>('name');
  const [search, setSearch] = useState('');
  const [gender, setGender] = useState<Gender | ''>('');
  const [liveOnly, setLiveOnly] = useState(false);
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  const list = useRead('people.list', {
    ...grid.query,
    search: search || null,
    gender: gender || undefined,
    liveOnly,
  });

  return (
    <>
      <PageHeader
        actionRoles={['MANAGER', 'CASE_ADMINISTRATOR']}
        title="People"
        subtitle="Everyone the office has registered, with their orders"
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
            Register a person
          </Button>
        }
      />
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <SearchBox
          label="Name, case reference or date of birth"
          value={search}
          onChange={(t) => {
            setSearch(t);
            grid.resetPage();
          }}
        />
        <TextField
          select
          label="Gender"
          value={gender}
          onChange={(e) => {
            setGender(e.target.value as Gender | '');
            grid.resetPage();
          }}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="">Any</MenuItem>
          {genders.map((g) => (
            <MenuItem key={g.code} value={g.code}>
              {g.label}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Switch
              checked={liveOnly}
              onChange={(e) => {
                setLiveOnly(e.target.checked);
                grid.resetPage();
              }}
            />
          }
          label="Only people with a live order"
        />
      </Stack>
      {list.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {list.error.message}
        </Alert>
      )}
      <ServerGrid
        label="People"
        rows={list.data?.rows ?? []}
        total={list.data?.total}
        loading={list.isFetching}
        columns={columns}
        grid={grid}
      />
      {adding && (
        <PersonDialog
          onClose={() => setAdding(false)}
          onSaved={(p) => navigate(`/people/${p.id}`)}
        />
      )}
    </>
  );
}
