import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
} from '@mui/material';
import type { FormEventHandler, ReactNode } from 'react';

/** A dialog holding one form: its fields, a refusal the fields cannot show, Cancel and the action. */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  busy,
  problem,
  action,
  children,
  maxWidth = 'sm',
}: {
  title: string;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  busy: boolean;
  problem: string | null;
  action: string;
  children: ReactNode;
  maxWidth?: 'sm' | 'md';
}) {
  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth={maxWidth}
      slotProps={{ paper: { component: 'form', onSubmit, noValidate: true } as object }}
    >
      <DialogTitle>{title}</DialogTitle>
      {busy && <LinearProgress />}
      <DialogContent dividers>
        {problem && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        )}
        {children}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="contained" disabled={busy}>
          {action}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
