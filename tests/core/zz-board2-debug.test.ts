import Database from 'better-sqlite3';
import { it } from 'vitest';
import { createCore } from '../../electron/core';
import { fixedClock, migrationsDir, tempDir, testPassword } from '../support/core';
import { buildBoardData } from './board-fixtures-2';

it('debug', async () => {
  const core = await createCore({ dataDir: tempDir(), migrationsDir, clock: fixedClock('2026-11-26T10:00:00Z'), validateOutputs: true, passwordCost: 1024, log: (m, e) => console.log('LOG', m, e) });
  await core.dispatch('auth.setUpFirstManager', { name: 'M', username: 'manager', password: testPassword });
  const s = await core.dispatch('auth.signIn', { username: 'manager', password: testPassword });
  const token = (s as any).value.token;
  const sqlite = new Database(core.databaseFile);
  buildBoardData(sqlite);
  for (const tableId of ['!', 'diversity-totals']) {
    const r = await core.dispatch('board.exportCsv', { period: { kind: 'QUARTER', from: '2026-07-01' }, tableId }, token);
    console.log(JSON.stringify(r).slice(0, 300));
  }
  const r = await core.dispatch('board.report', { kind: 'QUARTER', from: '2026-08-15' }, token);
  console.log(JSON.stringify(r).slice(0, 300));
});
