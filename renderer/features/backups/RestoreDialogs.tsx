import { Alert, Box, Typography } from '@mui/material';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { BackupInfo, BackupPreview } from '../../../shared/contract/backups';
import { AppError } from '../../../shared/errors';
import { useWrite } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';
import { formatWhen } from './labels';

const signedOut =
  'Everyone using Amends, you included, is signed out and needs to sign in again. The accounts and passwords are then those in the data put back.';

/** Points in plain words, one a line. */
function Points({ children }: { children: ReactNode }) {
  return (
    <Box component="ul" sx={{ pl: 2.5, my: 1, '& li': { mb: 1 } }}>
      {children}
    </Box>
  );
}

const refusal = (e: unknown) =>
  e instanceof AppError ? e.message : 'Something went wrong; your data are as they were.';

/** The last word before a restore: what will be replaced, the safety copy, undo, signing in again. */
export function ConfirmRestoreDialog({
  preview,
  onClose,
}: {
  preview: BackupPreview;
  onClose: () => void;
}) {
  const notify = useNotify();
  const restore = useWrite('backups.restore');
  const [problem, setProblem] = useState<string | null>(null);
  const made = formatWhen(preview.createdAt);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    restore.mutate(
      { file: preview.file },
      {
        onSuccess: () => {
          notify(
            `The backup of ${made} is now in use. A copy of the data before it was kept. Please sign in again.`,
          );
          onClose();
        },
        onError: (error) => setProblem(refusal(error)),
      },
    );
  };
  return (
    <FormDialog
      title="Restore this backup?"
      onClose={onClose}
      onSubmit={submit}
      busy={restore.isPending}
      problem={problem}
      action="Restore and sign everyone out"
    >
      <Typography>
        You are about to put back the backup made on <strong>{made}</strong>
        {preview.officeName ? ` (${preview.officeName})` : ''}.
      </Typography>
      <Points>
        <li>
          The data now in Amends will be replaced by the backup&rsquo;s. Anything entered after{' '}
          {preview.lastChange ? formatWhen(preview.lastChange) : made} will no longer be there.
        </li>
        <li>
          First, Amends keeps a safety copy of the data as they are now, in the backup folder.
        </li>
        <li>
          The restore can be undone: &ldquo;Undo the last restore&rdquo; on this page puts that
          safety copy back.
        </li>
        <li>{signedOut}</li>
      </Points>
      {restore.isPending && (
        <Alert severity="info">Restoring: this can take a minute on a large office.</Alert>
      )}
    </FormDialog>
  );
}

/** Puts back the data as they were just before the last restore. */
export function ConfirmUndoDialog({
  safetyCopy,
  onClose,
}: {
  safetyCopy: BackupInfo;
  onClose: () => void;
}) {
  const notify = useNotify();
  const undo = useWrite('backups.undoRestore');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    undo.mutate(
      {},
      {
        onSuccess: () => {
          notify(
            'The last restore is undone: the data are as they were before it. Please sign in again.',
          );
          onClose();
        },
        onError: (error) => setProblem(refusal(error)),
      },
    );
  };
  return (
    <FormDialog
      title="Undo the last restore?"
      onClose={onClose}
      onSubmit={submit}
      busy={undo.isPending}
      problem={problem}
      action="Undo and sign everyone out"
    >
      <Points>
        <li>
          The data as they were just before the last restore (the safety copy made on{' '}
          {formatWhen(safetyCopy.createdAt)}) are put back in place of the data now in Amends.
        </li>
        <li>Anything entered since that restore will no longer be there.</li>
        <li>A copy of the data as they are now is kept first, in the backup folder.</li>
        <li>{signedOut}</li>
      </Points>
    </FormDialog>
  );
}
