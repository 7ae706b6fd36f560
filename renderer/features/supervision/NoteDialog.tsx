import { zodResolver } from '@hookform/resolvers/zod';
import { Stack } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { noteInput } from '../../../shared/contract/supervision';
import { noteAuthors } from '../../../shared/session-codes';
import { useWrite } from '../../api/hooks';
import { useAccount } from '../../app/account';
import { CheckboxInput, SelectInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof noteInput>;
const fieldNames = Object.keys(noteInput.shape);

/** A note between supervisors, the office and the case manager, with an alert if asked. */
export function NoteDialog({
  orderId,
  caseManagerName,
  onClose,
}: {
  orderId: number;
  caseManagerName: string;
  onClose: () => void;
}) {
  const notify = useNotify();
  const account = useAccount();
  const add = useWrite('supervision.addNote');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(noteInput),
    defaultValues: {
      orderId,
      author: account?.role === 'SUPERVISOR' ? 'SUPERVISOR' : 'OFFICE',
      alertCaseManager: false,
    },
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    add.mutate(values, {
      onSuccess: () => {
        notify(
          values.alertCaseManager
            ? `Note saved; ${caseManagerName} is on the list of alerts to send`
            : 'Note saved',
        );
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title="Write a note"
      onClose={onClose}
      onSubmit={submit}
      busy={add.isPending}
      problem={problem}
      action="Save note"
    >
      <Stack spacing={2}>
        <SelectInput control={control} name="author" label="From" required options={noteAuthors} />
        <TextInput control={control} name="text" label="Note" required multiline minRows={4} />
        <CheckboxInput
          control={control}
          name="alertCaseManager"
          label={`Alert the case manager (${caseManagerName})`}
        />
      </Stack>
    </FormDialog>
  );
}
