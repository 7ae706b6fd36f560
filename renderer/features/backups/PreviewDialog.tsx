import RestoreIcon from '@mui/icons-material/SettingsBackupRestore';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Typography,
} from '@mui/material';
import type { BackupPreview } from '../../../shared/contract/backups';
import { useRead } from '../../api/hooks';
import { Facts } from '../../components/Facts';
import { formatSize, formatWhen, kindLabels } from './labels';

const count = (n: number) => n.toLocaleString('en-GB');

/** What a backup holds and whether it is intact, with the way to restore it. */
export function PreviewDialog({
  file,
  onClose,
  onRestore,
}: {
  file: string;
  onClose: () => void;
  onRestore: (preview: BackupPreview) => void;
}) {
  const preview = useRead('backups.preview', { file });
  const p = preview.data;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="backup-preview-title">
      <DialogTitle id="backup-preview-title">
        {p ? `Backup of ${formatWhen(p.createdAt)}` : 'Backup'}
      </DialogTitle>
      {preview.isFetching && <LinearProgress aria-label="Reading the backup" />}
      <DialogContent dividers>
        {preview.error && <Alert severity="error">{preview.error.message}</Alert>}
        {p && (
          <>
            <Alert severity={p.intact ? 'success' : 'error'} sx={{ mb: 2 }}>
              {p.intact
                ? 'Intact: SQLite checked the copy and found nothing wrong.'
                : `Damaged: ${p.problem ?? 'the copy cannot be read'}. It cannot be restored.`}
            </Alert>
            <Facts
              items={[
                ['Office', p.officeName ?? 'Not set up'],
                ['People', count(p.people)],
                ['Live orders', count(p.liveOrders)],
                ['Sessions', count(p.sessions)],
                ['Newest change', p.lastChange ? formatWhen(p.lastChange) : 'Nothing recorded'],
                ['Why it was made', kindLabels[p.kind]],
                ['Made', formatWhen(p.createdAt)],
                ['Size', formatSize(p.sizeBytes)],
              ]}
            />
            <Typography
              variant="body2"
              color="text.secondary"
              sx={{ mt: 2, fontFamily: 'monospace', overflowWrap: 'anywhere' }}
            >
              {p.file}
            </Typography>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
        <Button
          variant="contained"
          color="warning"
          startIcon={<RestoreIcon />}
          disabled={!p?.intact}
          onClick={() => p && onRestore(p)}
        >
          Restore this backup
        </Button>
      </DialogActions>
    </Dialog>
  );
}
