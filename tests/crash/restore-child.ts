/**
 * The process the crash harness kills in the middle of restores: it puts two backups in place in
 * turn, as fast as it can, reporting each restore after it returned.
 *
 * Arguments: dataDir migrationsDir backupA backupB.
 */
import fs from 'node:fs';
import { openDatabaseHolder } from '../../electron/core/backup/holder';
import { createBackupService } from '../../electron/core/backup/service';
import { systemClock } from '../../electron/core/clock';

const [dataDir, migrationsDir, ...names] = process.argv.slice(2);

async function main() {
  if (!dataDir || !migrationsDir || names.length !== 2)
    throw new Error('usage: dataDir migrationsDir a b');
  const holder = await openDatabaseHolder({ dataDir, migrationsDir, clock: systemClock });
  const service = createBackupService(holder, systemClock);
  fs.writeSync(1, 'ready\n');
  for (let n = 0; ; n++) {
    const name = names[n % 2]!;
    await service.restore(name);
    fs.writeSync(1, `restored ${name}\n`);
  }
}

main().catch((error: unknown) => {
  fs.writeSync(2, `${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
