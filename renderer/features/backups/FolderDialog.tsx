import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { backups, type BackupFolder } from '../../../shared/contract/backups';
import { useWrite } from '../../api/hooks';
import { TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

const schema = backups.setFolder.input;
type Values = z.input<typeof schema>;

/** Keep backups in another folder (another drive, say); an empty box goes back to the usual one. */
export function FolderDialog({ current, onClose }: { current: BackupFolder; onClose: () => void }) {
  const notify = useNotify();
  const setFolder = useWrite('backups.setFolder');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { folder: current.isDefault ? '' : current.folder },
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    setFolder.mutate(values, {
      onSuccess: (chosen) => {
        notify(
          chosen.isDefault
            ? `Backups are kept in the usual folder again: ${chosen.folder}`
            : `Backups are now kept in ${chosen.folder}`,
        );
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, ['folder'])),
    });
  });
  return (
    <FormDialog
      title="Change the backup folder"
      onClose={onClose}
      onSubmit={submit}
      busy={setFolder.isPending}
      problem={problem}
      action="Use this folder"
    >
      <Stack spacing={2}>
        <Typography variant="body2">
          A folder on another drive, or on the office&rsquo;s network share, keeps the backups safe
          if this computer&rsquo;s disk fails. Amends must be able to write there. Backups already
          made stay where they are.
        </Typography>
        <TextInput
          control={control}
          name="folder"
          label="Backup folder"
          autoFocus
          placeholder={current.isDefault ? current.folder : undefined}
          helperText="The full path, for example D:\Amends backups. Leave empty for the usual folder in Amends’s data folder."
        />
      </Stack>
    </FormDialog>
  );
}
