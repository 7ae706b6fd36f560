import { Alert, Autocomplete, Stack, TextField } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import type { OrderRow } from '../../../shared/contract/orders';
import { formatDate } from '../../../shared/dates';
import { useRead, useWrite } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

/** Find a live order by name, case reference or date of birth, and book its person on the session. */
export function BookPersonDialog({
  sessionId,
  booked,
  onClose,
}: {
  sessionId: number;
  booked: readonly number[];
  onClose: () => void;
}) {
  const notify = useNotify();
  const book = useWrite('sessions.book');
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<OrderRow | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useRead('orders.list', {
    search: search || null,
    status: 'LIVE',
    page: 0,
    pageSize: 20,
    sortField: 'personName',
    sortDirection: 'asc',
  });
  const options = (found.data?.rows ?? []).filter((o) => !booked.includes(o.id));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setProblem(null);
    if (!chosen) return setProblem('Choose the person to book');
    book.mutate(
      { sessionId, orderId: chosen.id },
      {
        onSuccess: () => {
          notify(`${chosen.personName} booked`);
          onClose();
        },
        onError: (err) => setProblem(err.message),
      },
    );
  };

  return (
    <FormDialog
      title="Book a person"
      onClose={onClose}
      onSubmit={submit}
      busy={book.isPending}
      problem={problem}
      action="Book"
    >
      <Stack spacing={2}>
        <Autocomplete
          options={options}
          value={chosen}
          onChange={(_, order) => setChosen(order)}
          inputValue={text}
          onInputChange={(_, value) => setText(value)}
          filterOptions={(o) => o}
          loading={found.isFetching}
          getOptionLabel={(o) => `${o.personName} · ${o.caseReference}`}
          isOptionEqualToValue={(o, v) => o.id === v.id}
          noOptionsText={search ? 'No live order matches' : 'Type a name or case reference'}
          renderOption={({ key, ...props }, o) => (
            <li key={key} {...props}>
              {o.personName} · {o.caseReference} · sentenced {formatDate(o.sentenceDate)}
            </li>
          )}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Person (live orders)"
              required
              autoFocus
              helperText="Search by name, case reference or date of birth"
            />
          )}
        />
        {booked.length > 0 && (
          <Alert severity="info">People already booked on this session are not offered.</Alert>
        )}
      </Stack>
    </FormDialog>
  );
}
