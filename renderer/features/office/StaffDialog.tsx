import { zodResolver } from '@hookform/resolvers/zod';
import { Stack } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { staffRoles } from '../../../shared/codes';
import { staffInput, type StaffMember } from '../../../shared/contract/staff';
import { useWrite } from '../../api/hooks';
import { CheckboxInput, SelectInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof staffInput>;
const fieldNames = Object.keys(staffInput.shape);

export function StaffDialog({ member, onClose }: { member?: StaffMember; onClose: () => void }) {
  const notify = useNotify();
  const save = useWrite('staff.save');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(staffInput),
    defaultValues: member ?? { role: 'CASE_MANAGER', active: true },
  });
  const submit = handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: (s) => {
        notify(`${s.name} saved`);
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    }),
  );
  return (
    <FormDialog
      title={member ? 'Change staff details' : 'Add a member of staff'}
      onClose={onClose}
      onSubmit={submit}
      busy={save.isPending}
      problem={problem}
      action="Save"
    >
      <Stack spacing={2}>
        <TextInput control={control} name="name" label="Name" required autoFocus />
        <SelectInput control={control} name="role" label="Role" required options={staffRoles} />
        <TextInput control={control} name="team" label="Team" />
        <TextInput control={control} name="email" label="Email" />
        <TextInput control={control} name="phone" label="Phone" />
        <CheckboxInput control={control} name="active" label="In post" />
      </Stack>
    </FormDialog>
  );
}
