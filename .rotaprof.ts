import Database from 'better-sqlite3';
import { sessionsBetween, staffForRota, supervisorPool, allocatedCandidates, candidatesOf, placementOffers, placementsToRun, existingSessions } from './electron/core/rota/store';
import { sessionsAtRisk, withFixes } from './electron/core/rota/forecast';
import { planSessions } from './electron/core/rota/rules';
const sqlite = new Database('/tmp/rotaprof/data/amends.db');
const times: Record<string, number[]> = {};
const t = (label: string, f: () => any) => { const s = performance.now(); const v = f(); (times[label] ??= []).push(performance.now() - s); return v; };
for (let round = 0; round < 9; round++) {
const sessions = t('sessionsBetween', () => sessionsBetween(sqlite, '2026-11-26', '2026-12-09'));
const staff = t('staff', () => staffForRota(sqlite, '2026-11-26', '2026-12-09'));
const atRisk = t('atRisk', () => sessionsAtRisk(sessions, staff, () => 6));
const ids = [...new Set(atRisk.flatMap((v: any) => v.session.bookings.map((b: any) => b.orderId)))] as number[];
const candidates = t('candidates', () => candidatesOf(sqlite, ids, '2026-11-26'));
const offers = t('offers', () => placementOffers(sqlite));
t('fixes', () => withFixes(atRisk, { today: '2026-11-26', sessions, staff, pool: supervisorPool(staff), ratioOn: () => 6, candidates, offers }));
const alloc = t('allocatedCandidates', () => allocatedCandidates(sqlite, '2026-11-26'));
const pl = t('placementsToRun', () => placementsToRun(sqlite, '2026-11-26'));
t('plan', () => planSessions({ from: '2026-11-26', to: '2026-12-09', placements: pl, people: alloc.map((a: any) => ({ orderId: a.candidate.orderId, placementId: a.placementId, availability: a.candidate.induction?.availability ?? [], restrictions: [] })), existing: existingSessions(sessions), supervisors: supervisorPool(staff), ratioOn: () => 6 }));
if (round === 0) console.log('at risk', atRisk.length, 'alloc', alloc.length);
}
for (const [k, v] of Object.entries(times)) { v.sort((a,b)=>a-b); console.log(k.padEnd(20), v[Math.floor(v.length/2)].toFixed(1), v[0].toFixed(1)); }
