import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useState } from 'react';
import { labelOf } from '../../../shared/codes';
import type { Absence } from '../../../shared/contract/supervisors';
import { formatDate } from '../../../shared/dates';
import { absenceKinds } from '../../../shared/session-codes';
import { useWrite } from '../../api/hooks';
import { useNotify } from '../../components/Notify';

/** Asks before taking an absence off: one booked in error, or leave that was cancelled. */
export function RemoveAbsenceDialog({
  name,
  absence,
  onClose,
}: {
  name: string;
  absence: Absence;
  onClose: () => void;
}) {
  const notify = useNotify();
  const remove = useWrite('supervisors.removeAbsence');
  const [problem, setProblem] = useState<string | null>(null);
  const what = `${labelOf(absenceKinds, absence.kind)} from ${formatDate(absence.fromDate)} to ${formatDate(absence.toDate)}`;
  const confirm = () => {
    setProblem(null);
    remove.mutate(
      { absenceId: absence.id },
      {
        onSuccess: () => {
          notify(`${what} removed for ${name}`);
          onClose();
        },
        onError: (e) => setProblem(e.message),
      },
    );
  };
  return (
    <Dialog open onClose={remove.isPending ? undefined : onClose} maxWidth="xs" fullWidth>
      <DialogTitle>Remove this absence?</DialogTitle>
      <DialogContent>
        {problem && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        )}
        <DialogContentText>
          {name}: {what.charAt(0).toLowerCase() + what.slice(1)}. Remove it if it was cancelled or
          recorded in error.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={remove.isPending}>
          Keep it
        </Button>
        <Button color="error" variant="contained" onClick={confirm} disabled={remove.isPending}>
          Remove absence
        </Button>
      </DialogActions>
    </Dialog>
  );
}
