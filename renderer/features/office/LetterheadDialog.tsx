import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { letterheadInput, type OfficeInfo } from '../../../shared/contract/office';
import { useWrite } from '../../api/hooks';
import { TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof letterheadInput>;

/** The address, phone and email printed at the top right of the office's letters. */
export function LetterheadDialog({ office, onClose }: { office: OfficeInfo; onClose: () => void }) {
  const notify = useNotify();
  const save = useWrite('office.saveLetterhead');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(letterheadInput),
    defaultValues: { address: office.address ?? '', phone: office.phone, email: office.email },
  });
  const submit = handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: () => {
        notify('Letterhead saved');
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, ['address', 'phone', 'email'])),
    }),
  );
  return (
    <FormDialog
      title="Letterhead"
      onClose={onClose}
      onSubmit={submit}
      busy={save.isPending}
      problem={problem}
      action="Save"
    >
      <Stack spacing={2}>
        <Typography variant="body2" color="text.secondary">
          Printed at the top right of warning letters and breach referrals, under the office’s name
          ({office.name}).
        </Typography>
        <TextInput
          control={control}
          name="address"
          label="Address"
          required
          multiline
          minRows={3}
          autoFocus
          helperText="One line of the address on each line"
        />
        <TextInput control={control} name="phone" label="Phone" />
        <TextInput control={control} name="email" label="Email" type="email" />
      </Stack>
    </FormDialog>
  );
}
