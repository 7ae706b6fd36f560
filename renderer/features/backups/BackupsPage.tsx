import BackupIcon from '@mui/icons-material/Backup';
import FolderIcon from '@mui/icons-material/FolderOpen';
import UndoIcon from '@mui/icons-material/Undo';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useEffect, useRef, useState } from 'react';
import type { BackupInfo, BackupPreview } from '../../../shared/contract/backups';
import { AppError } from '../../../shared/errors';
import { useCaller, useRead, useWrite } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useNotify } from '../../components/Notify';
import { FolderDialog } from './FolderDialog';
import { formatSize, formatWhen, kindLabels, mayUndoRestore } from './labels';
import { PreviewDialog } from './PreviewDialog';
import { ConfirmRestoreDialog, ConfirmUndoDialog } from './RestoreDialogs';

type Integrity = { intact: boolean; problem: string | null } | { error: string };
type Open =
  | { kind: 'folder' }
  | { kind: 'preview'; file: string }
  | { kind: 'restore'; preview: BackupPreview }
  | { kind: 'undo'; safetyCopy: BackupInfo };

/**
 * Whether each listed backup is intact. backups.list does not say, so each copy is checked once,
 * one at a time (backups.preview runs SQLite's quick_check); a backup file never changes, so a
 * result stands for as long as the page is open, and a change elsewhere does not check them all
 * again as a cached read would be.
 */
function useIntegrity(list: readonly BackupInfo[] | undefined) {
  const caller = useCaller();
  const [found, setFound] = useState<Record<string, Integrity>>({});
  const asked = useRef(new Set<string>());
  const files = list?.map((b) => b.file).join('\n') ?? '';
  useEffect(() => {
    let stopped = false;
    void (async () => {
      for (const file of files ? files.split('\n') : []) {
        if (stopped) return;
        if (asked.current.has(file)) continue;
        asked.current.add(file);
        let result: Integrity;
        try {
          const p = await caller('backups.preview', { file });
          result = { intact: p.intact, problem: p.problem };
        } catch (error) {
          result = { error: error instanceof AppError ? error.message : 'Could not be checked' };
        }
        setFound((f) => ({ ...f, [file]: result }));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [files, caller]);
  const remember = (p: BackupPreview) => {
    asked.current.add(p.file);
    setFound((f) => ({ ...f, [p.file]: { intact: p.intact, problem: p.problem } }));
  };
  return { found, remember };
}

function IntegrityChip({ check }: { check: Integrity | undefined }) {
  if (!check) return <Typography variant="body2">Checking…</Typography>;
  if ('error' in check)
    return (
      <Tooltip title={check.error}>
        <Chip size="small" label="Not checked" />
      </Tooltip>
    );
  return check.intact ? (
    <Chip size="small" color="success" variant="outlined" label="Intact" />
  ) : (
    <Tooltip title={check.problem ?? 'The copy cannot be read'}>
      <Chip size="small" color="error" label="Damaged" />
    </Tooltip>
  );
}

/** Copies of all the office's data: where they are kept, making one, and putting one back. */
export function BackupsPage() {
  const notify = useNotify();
  const list = useRead('backups.list', {});
  const folder = useRead('backups.folder', {});
  const create = useWrite('backups.create');
  const integrity = useIntegrity(list.data);
  const [open, setOpen] = useState<Open | null>(null);
  const undoable = mayUndoRestore(list.data, folder.data?.undoableRestore);
  const close = () => setOpen(null);

  const backUpNow = () =>
    create.mutate(
      {},
      {
        onSuccess: (made) => {
          integrity.remember(made);
          if (made.intact) notify(`Backup made (${formatSize(made.sizeBytes)}) and checked`);
          else notify(`A backup was made but it is damaged: ${made.problem}`, 'error');
        },
        onError: (error) => notify(`No backup was made: ${error.message}`, 'error'),
      },
    );

  const columns: GridColDef<BackupInfo>[] = [
    {
      field: 'createdAt',
      headerName: 'When',
      width: 170,
      valueFormatter: (v: string) => formatWhen(v),
    },
    {
      field: 'kind',
      headerName: 'Why it was made',
      flex: 1,
      minWidth: 150,
      valueFormatter: (v: BackupInfo['kind']) => kindLabels[v],
    },
    {
      field: 'sizeBytes',
      headerName: 'Size',
      type: 'number',
      width: 110,
      valueFormatter: (v: number) => formatSize(v),
    },
    {
      field: 'intact',
      headerName: 'Integrity',
      width: 130,
      sortable: false,
      renderCell: ({ row }) => <IntegrityChip check={integrity.found[row.file]} />,
    },
    {
      field: 'actions',
      headerName: '',
      width: 120,
      sortable: false,
      renderCell: ({ row }) => (
        <Button
          size="small"
          aria-label={`Preview the backup of ${formatWhen(row.createdAt)}`}
          onClick={() => setOpen({ kind: 'preview', file: row.file })}
        >
          Preview
        </Button>
      ),
    },
  ];

  const error = list.error ?? folder.error;
  return (
    <>
      <PageHeader
        title="Backups"
        subtitle="Copies of all of Amends’s data, to put back if something goes wrong"
        actions={
          <>
            {undoable && (
              <Button
                startIcon={<UndoIcon />}
                onClick={() => setOpen({ kind: 'undo', safetyCopy: undoable })}
              >
                Undo the last restore
              </Button>
            )}
            <Button
              variant="contained"
              startIcon={<BackupIcon />}
              onClick={backUpNow}
              disabled={create.isPending}
            >
              Back up now
            </Button>
          </>
        }
      />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.message}
        </Alert>
      )}
      <Card variant="outlined" sx={{ mb: 3 }}>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <FolderIcon color="action" />
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="body2" color="text.secondary">
                Backup folder
                {folder.data &&
                  (folder.data.isDefault
                    ? ' (the usual one, in Amends’s data folder)'
                    : ' (chosen by a manager)')}
              </Typography>
              <Typography sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                {folder.data?.folder ?? '…'}
              </Typography>
            </Box>
            <Button
              variant="outlined"
              disabled={!folder.data}
              onClick={() => setOpen({ kind: 'folder' })}
            >
              Change folder
            </Button>
          </Stack>
        </CardContent>
      </Card>
      {create.isPending && (
        <Box sx={{ mb: 2 }}>
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            Making a backup and checking it…
          </Typography>
          <LinearProgress aria-label="Making a backup" />
        </Box>
      )}
      <DataGrid
        aria-label="Backups"
        rows={list.data ?? []}
        columns={columns}
        getRowId={(row) => row.file}
        loading={list.isLoading}
        density="compact"
        disableRowSelectionOnClick
        initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
        pageSizeOptions={[25, 50]}
        sx={{ bgcolor: 'background.paper' }}
        autoHeight
        localeText={{ noRowsLabel: 'No backups yet. Use “Back up now” to make one.' }}
      />
      {open?.kind === 'folder' && folder.data && (
        <FolderDialog current={folder.data} onClose={close} />
      )}
      {open?.kind === 'preview' && (
        <PreviewDialog
          file={open.file}
          onClose={close}
          onRestore={(preview) => setOpen({ kind: 'restore', preview })}
        />
      )}
      {open?.kind === 'restore' && <ConfirmRestoreDialog preview={open.preview} onClose={close} />}
      {open?.kind === 'undo' && <ConfirmUndoDialog safetyCopy={open.safetyCopy} onClose={close} />}
    </>
  );
}
