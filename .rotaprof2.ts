import Database from 'better-sqlite3';
import { sessionsBetween, staffForRota, supervisorPool } from './electron/core/rota/store';
import { sessionsAtRisk, viewOf, busyAndUsage } from './electron/core/rota/forecast';
import { freeSupervisors } from './electron/core/rota/rules';
const sqlite = new Database('/tmp/rotaprof/data/amends.db');
const sessions = sessionsBetween(sqlite, '2026-11-26', '2026-12-09');
const staff = staffForRota(sqlite, '2026-11-26', '2026-12-09');
const atRisk = sessionsAtRisk(sessions, staff, () => 6);
const pool = supervisorPool(staff);
const times: Record<string, number[]> = {};
const t = (label: string, f: () => any) => { const s = performance.now(); const v = f(); (times[label] ??= []).push(performance.now() - s); return v; };
for (let r = 0; r < 9; r++) {
  const { busy, usage } = t('busy', () => busyAndUsage(sessions));
  t('views', () => sessions.filter(s => s.placementType === 'GROUP').map((s) => viewOf(s, staff, 6)));
  t('free', () => atRisk.map((v) => freeSupervisors(pool, v.session, { busy, usage, booked: [], exclude: new Set(v.session.staffIds) })));
}
for (const [k, v] of Object.entries(times)) { v.sort((a,b)=>a-b); console.log(k.padEnd(20), v[Math.floor(v.length/2)].toFixed(1), v[0].toFixed(1)); }
console.log(sessions.length, pool.length, staff.size);
