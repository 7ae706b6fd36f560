import { zodResolver } from '@hookform/resolvers/zod';
import { Stack } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { courtKinds } from '../../../shared/codes';
import { courtInput, type Court } from '../../../shared/contract/courts';
import { useWrite } from '../../api/hooks';
import { CheckboxInput, SelectInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof courtInput>;

export function CourtDialog({ court, onClose }: { court?: Court; onClose: () => void }) {
  const notify = useNotify();
  const save = useWrite('courts.save');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(courtInput),
    defaultValues: court ?? { kind: 'MAGISTRATES', active: true },
  });
  const submit = handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: (c) => {
        notify(`${c.name} saved`);
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, ['name', 'kind'])),
    }),
  );
  return (
    <FormDialog
      title={court ? 'Change court' : 'Add a court'}
      onClose={onClose}
      onSubmit={submit}
      busy={save.isPending}
      problem={problem}
      action="Save"
    >
      <Stack spacing={2}>
        <TextInput control={control} name="name" label="Court name" required autoFocus />
        <SelectInput
          control={control}
          name="kind"
          label="Kind of court"
          required
          options={courtKinds}
        />
        <CheckboxInput control={control} name="active" label="In use (offered for new orders)" />
      </Stack>
    </FormDialog>
  );
}
