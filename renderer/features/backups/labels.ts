import type { BackupInfo, BackupKind } from '../../../shared/contract/backups';

/** Why a copy was made, in the office's words (the contract's labels describe the file names). */
export const kindLabels: Record<BackupKind, string> = {
  START: 'Start of day',
  TIMED: 'Automatic',
  MANUAL: 'Manual',
  MIGRATION: 'Before an upgrade',
  BEFORE_RESTORE: 'Before a restore',
};

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

/** 26/11/2026 10:00, on the office's clock (England and Wales). */
export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date).replace(',', '');
}

/** 2.4 MB; anything under a tenth of a megabyte still shows as 0.1 MB rather than 0. */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const shown = bytes > 0 ? Math.max(mb, 0.1) : 0;
  return `${shown.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}

/** The safety copy an undo would put back, while the last restore can still be undone. */
export function mayUndoRestore(
  list: readonly BackupInfo[] | undefined,
  undoable: { safetyCopy: string } | null | undefined,
): BackupInfo | null {
  return (undoable && list?.find((b) => b.file === undoable.safetyCopy)) ?? null;
}
