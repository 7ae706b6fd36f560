import { zodResolver } from '@hookform/resolvers/zod';
import { Stack } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../shared/contract';
import { accountRoleItems } from '../../../shared/contract/auth';
import type { OutputOf } from '../../../shared/contract';
import { useWrite } from '../../api/hooks';
import { CheckboxInput, SelectInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

const schema = contract.accounts.save.input;
type Values = z.input<typeof schema>;
type AccountRow = OutputOf<'accounts.list'>[number];

/** Add an account with its first password, or change one (a new password is optional then). */
export function AccountDialog({ account, onClose }: { account?: AccountRow; onClose: () => void }) {
  const notify = useNotify();
  const save = useWrite('accounts.save');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: account
      ? {
          id: account.id,
          username: account.username,
          name: account.name,
          role: account.role,
          active: account.active,
        }
      : { role: 'CASE_ADMINISTRATOR', active: true },
  });
  const submit = handleSubmit((values) =>
    save.mutate(
      { ...values, password: values.password || undefined },
      {
        onSuccess: (a) => {
          notify(`${a.name}’s account saved`);
          onClose();
        },
        onError: (e) =>
          setProblem(showRefusal(e, setError, ['username', 'name', 'role', 'password'])),
      },
    ),
  );
  return (
    <FormDialog
      title={account ? 'Change account' : 'Add an account'}
      onClose={onClose}
      onSubmit={submit}
      busy={save.isPending}
      problem={problem}
      action="Save"
    >
      <Stack spacing={2}>
        <TextInput control={control} name="name" label="Name" required autoFocus />
        <TextInput control={control} name="username" label="Username" required />
        <SelectInput
          control={control}
          name="role"
          label="Role"
          required
          options={accountRoleItems}
        />
        <TextInput
          control={control}
          name="password"
          label={account ? 'New password (leave empty to keep)' : 'Password'}
          type="password"
          required={!account}
          autoComplete="new-password"
          helperText="At least 10 characters"
        />
        <CheckboxInput control={control} name="active" label="Active (may sign in)" />
      </Stack>
    </FormDialog>
  );
}
