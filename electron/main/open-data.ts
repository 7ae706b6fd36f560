import { dialog } from 'electron';
import { createCore, type Core } from '../core';
import { recoverFromBackup } from '../core/backup/disk';
import { DamagedDatabaseError } from '../core/db/open';

/**
 * Opens the office's data. A damaged database is never opened for writing: the person is offered
 * the newest good backup (the damaged file is kept beside it), or Amends closes untouched.
 */
export async function openData(options: {
  dataDir: string;
  migrationsDir: string;
}): Promise<Core | null> {
  const open = () =>
    createCore({
      ...options,
      automaticBackups: { everyMinutes: 180 },
      log: (m, e) => console.error(m, e),
    });
  try {
    const core = await open();
    if (core.warnings.length) {
      await dialog.showMessageBox({
        type: 'warning',
        title: 'Amends',
        message: core.warnings.join('\n\n'),
      });
    }
    return core;
  } catch (error) {
    if (error instanceof DamagedDatabaseError && error.latestGoodBackup) {
      const backup = error.latestGoodBackup;
      const { response } = await dialog.showMessageBox({
        type: 'error',
        title: 'Amends: the data are damaged',
        message: 'The office’s database is damaged, and Amends has not changed it.',
        detail: `${error.problem}\n\nThe newest good backup was made ${backup.createdAt}. Restoring it loses what was entered since then; the damaged file is kept so that nothing is thrown away.`,
        buttons: ['Restore the newest good backup', 'Close Amends'],
        defaultId: 0,
        cancelId: 1,
      });
      if (response !== 0) return null;
      recoverFromBackup({ databaseFile: error.file, backupFile: backup.path, now: new Date() });
      return open();
    }
    dialog.showErrorBox(
      'Amends cannot open its data',
      error instanceof Error ? error.message : String(error),
    );
    return null;
  }
}
