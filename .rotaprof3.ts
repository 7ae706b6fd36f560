import Database from 'better-sqlite3';
import { sessionsBetween, staffForRota, supervisorPool, candidatesOf, placementOffers } from './electron/core/rota/store';
import { sessionsAtRisk, withFixes } from './electron/core/rota/forecast';
const sqlite = new Database('/tmp/rotaprof/data/amends.db');
const sessions = sessionsBetween(sqlite, '2026-11-26', '2026-12-09');
const staff = staffForRota(sqlite, '2026-11-26', '2026-12-09');
const atRisk = sessionsAtRisk(sessions, staff, () => 6);
const ids = [...new Set(atRisk.flatMap((v: any) => v.session.bookings.map((b: any) => b.orderId)))] as number[];
const candidates = candidatesOf(sqlite, ids, '2026-11-26');
const offers = placementOffers(sqlite);
const ms: number[] = [];
for (let r = 0; r < 30; r++) { const s = performance.now(); withFixes(atRisk, { today: '2026-11-26', sessions, staff, pool: supervisorPool(staff), ratioOn: () => 6, candidates, offers }); ms.push(performance.now() - s); }
ms.sort((a,b)=>a-b); console.log(ms[0].toFixed(1), ms[15].toFixed(1));
