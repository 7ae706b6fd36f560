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
import type { LocalTarget } from '../../../shared/contract/board';
import { useWrite } from '../../api/hooks';
import { useNotify } from '../../components/Notify';
import { describeTarget } from './TargetDialog';

/** Asks before taking a local target off: the Board report then shows no target for the group. */
export function RemoveTargetDialog({
  target,
  onClose,
}: {
  target: LocalTarget;
  onClose: () => void;
}) {
  const notify = useNotify();
  const remove = useWrite('board.removeTarget');
  const [problem, setProblem] = useState<string | null>(null);
  const what = `${describeTarget(target)}, ${target.targetPercent}%`;
  const confirm = () => {
    setProblem(null);
    remove.mutate(
      { id: target.id },
      {
        onSuccess: () => {
          notify(`Target for ${target.year} removed: ${what}`);
          onClose();
        },
        onError: (e) => setProblem(e.message),
      },
    );
  };
  return (
    <Dialog open onClose={remove.isPending ? undefined : onClose} maxWidth="xs" fullWidth>
      <DialogTitle>Remove this target?</DialogTitle>
      <DialogContent>
        {problem && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        )}
        <DialogContentText>
          {target.year}: {what}. The Board report will show no target for this group and quality.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={remove.isPending}>
          Keep it
        </Button>
        <Button color="error" variant="contained" onClick={confirm} disabled={remove.isPending}>
          Remove target
        </Button>
      </DialogActions>
    </Dialog>
  );
}
