/**
 * Rota benchmark at region scale: making the next fortnight's sessions (rota.generate, and again
 * when there is nothing left to make) and the 14-day stand-down forecast (rota.forecast), through
 * the router; the forecast is compared with a plain hand-written SQL count of the over-booked
 * sessions, both for its answer and for its time. Prints figures; asserts nothing about timing.
 * Run alone: `npx tsx tests/bench/rota.ts`.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { createCore, type Core } from '../../electron/core';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/contract';
import { addDays } from '../../shared/dates';
import { defaultPolicy } from '../../shared/policy';
import { fixedClock, migrationsDir, tempDir } from '../support/core';
import { format, median, since, table } from './measure';

const TODAY = '2026-11-26';
const DAYS = 14;
const ROUNDS = 5;

/**
 * Group sessions in the window with people booked, no outcome recorded, and more booked than
 * min(fit supervisors × ratio, places): a supervisor counts when in post, not away that day and
 * holding risk of harm and health and safety training in date (the leader counts whether or not
 * they are also listed). The same rule as the forecast, written once more as one query.
 */
const overBookedSql = `
WITH win AS (
  SELECT s.id, s.date, s.capacity AS places,
         (SELECT COUNT(*) FROM bookings b WHERE b.session_id = s.id) AS booked
  FROM sessions s JOIN placements p ON p.id = s.placement_id
  WHERE p.type = 'GROUP' AND s.date BETWEEN @from AND @to
    AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.session_id = s.id AND b.outcome IS NOT NULL)
),
onSession AS (
  SELECT ss.session_id, ss.staff_id FROM session_supervisors ss JOIN win w ON w.id = ss.session_id
  UNION
  SELECT s.id, s.leader_id FROM sessions s JOIN win w ON w.id = s.id WHERE s.leader_id IS NOT NULL
),
fit AS (
  SELECT o.session_id, COUNT(*) AS n
  FROM onSession o JOIN win w ON w.id = o.session_id JOIN staff st ON st.id = o.staff_id
  WHERE st.active = 1
    AND NOT EXISTS (SELECT 1 FROM staff_absences a
                    WHERE a.staff_id = st.id AND a.from_date <= w.date AND a.to_date >= w.date)
    AND EXISTS (SELECT 1 FROM staff_training t WHERE t.staff_id = st.id
                AND t.kind = 'RISK_OF_HARM' AND t.expires_on >= w.date)
    AND EXISTS (SELECT 1 FROM staff_training t WHERE t.staff_id = st.id
                AND t.kind = 'HEALTH_AND_SAFETY' AND t.expires_on >= w.date)
  GROUP BY o.session_id
)
SELECT COUNT(*) AS sessions,
       COALESCE(SUM(w.booked - MIN(COALESCE(f.n, 0) * @ratio, w.places)), 0) AS people
FROM win w LEFT JOIN fit f ON f.session_id = w.id
WHERE w.booked > 0 AND w.booked > MIN(COALESCE(f.n, 0) * @ratio, w.places)`;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: since(start), value };
}

export async function benchRota(): Promise<string[][]> {
  const dataDir = tempDir('amends-bench-rota-');
  let core: Core | null = null;
  try {
    core = await createCore({
      dataDir,
      migrationsDir,
      clock: fixedClock(`${TODAY}T10:00:00.000Z`),
    });
    const credentials = { username: 'bench', password: 'bench password 1' };
    await core.dispatch('auth.setUpFirstManager', { name: 'Bench Manager', ...credentials });
    const signedIn = await core.dispatch('auth.signIn', credentials);
    if (!signedIn.ok) throw new Error(`Could not sign in: ${signedIn.error.message}`);
    const token = (signedIn.value as { token: string }).token;
    const open = core;
    const call = async <N extends ProcedureName>(name: N, input: InputOf<N>) => {
      const envelope = await open.dispatch(name, input, token);
      if (!envelope.ok) throw new Error(`${name} refused: ${JSON.stringify(envelope.error)}`);
      return envelope.value as OutputOf<N>;
    };

    const demo = await timed(() => call('office.loadDemo', { scale: 'region' }));
    const to = addDays(TODAY, DAYS - 1);
    const reader = new Database(core.databaseFile, { readonly: true });
    try {
      const count = (sql: string) => (reader.prepare(sql).get(TODAY, to) as { n: number }).n;
      const sessionsIn = `SELECT COUNT(*) AS n FROM sessions WHERE date BETWEEN ? AND ?`;
      const supervisors = (
        reader
          .prepare(
            "SELECT COUNT(*) AS n FROM staff WHERE active = 1 AND role IN ('SUPERVISOR', 'UPW_MANAGER')",
          )
          .get() as { n: number }
      ).n;
      const before = count(sessionsIn);

      const generate = await timed(() => call('rota.generate', { from: TODAY, to }));
      const again = await timed(() => call('rota.generate', { from: TODAY, to }));
      // The demo staffs the coming fortnight itself; the one after is made from nothing.
      const later = { from: addDays(TODAY, DAYS), to: addDays(TODAY, 2 * DAYS - 1) };
      const laterBefore = (
        reader
          .prepare('SELECT COUNT(*) AS n FROM sessions WHERE date BETWEEN ? AND ?')
          .get(later.from, later.to) as { n: number }
      ).n;
      const fresh = await timed(() => call('rota.generate', later));
      const sessions = count(sessionsIn);
      const bookings = count(
        'SELECT COUNT(*) AS n FROM bookings b JOIN sessions s ON s.id = b.session_id WHERE s.date BETWEEN ? AND ?',
      );

      await call('rota.forecast', { days: DAYS }); // warm-up
      const forecasts: number[] = [];
      let forecast: OutputOf<'rota.forecast'> | null = null;
      for (let i = 0; i < ROUNDS; i++) {
        const run = await timed(() => call('rota.forecast', { days: DAYS }));
        forecasts.push(run.ms);
        forecast = run.value;
      }

      const statement = reader.prepare(overBookedSql);
      const params = { from: TODAY, to, ratio: defaultPolicy.peoplePerSupervisor };
      statement.get(params); // warm-up
      const plain: number[] = [];
      let byHand = { sessions: 0, people: 0 };
      for (let i = 0; i < ROUNDS; i++) {
        const start = performance.now();
        byHand = statement.get(params) as typeof byHand;
        plain.push(since(start));
      }
      const f = forecast!;
      const agree = f.sessionsAtRisk === byHand.sessions && f.peopleStoodDown === byHand.people;

      const rows: string[][] = [
        ['Rota: region demo (office.loadDemo)', format.s(demo.ms)],
        ['Rota: supervisors and UPW managers in post', format.int(supervisors)],
        [
          `Rota: sessions in the next ${DAYS} days, before / after rota.generate`,
          `${format.int(before)} / ${format.int(sessions)}`,
        ],
        [
          `Rota: rota.generate next ${DAYS} days (made / bookings / supervisors / short)`,
          `${format.ms(generate.ms)} (${format.int(generate.value.sessionsMade)} / ${format.int(generate.value.bookingsMade)} / ${format.int(generate.value.supervisorsAssigned)} / ${format.int(generate.value.sessionsShort)})`,
        ],
        [
          'Rota: rota.generate again (nothing to make)',
          `${format.ms(again.ms)} (${format.int(again.value.sessionsMade)} made)`,
        ],
        [
          `Rota: rota.generate the ${DAYS} days after (${format.int(laterBefore)} there before)`,
          `${format.ms(fresh.ms)} (${format.int(fresh.value.sessionsMade)} / ${format.int(fresh.value.bookingsMade)} / ${format.int(fresh.value.supervisorsAssigned)} / ${format.int(fresh.value.sessionsShort)})`,
        ],
        [`Rota: bookings in the next ${DAYS} days`, format.int(bookings)],
        [
          `Rota: rota.forecast ${DAYS} days (median of ${ROUNDS})`,
          `${format.ms(median(forecasts))} (${format.int(f.sessionsChecked)} checked, ${format.int(f.sessionsAtRisk)} at risk, ${format.int(f.peopleStoodDown)} people)`,
        ],
        [
          `Rota: plain SQL count of over-booked sessions (median of ${ROUNDS})`,
          `${format.ms(median(plain))} (${format.int(byHand.sessions)} sessions, ${format.int(byHand.people)} people)`,
        ],
        [
          'Rota: forecast time against the plain count',
          `${format.ratio(median(forecasts) / median(plain))}${agree ? ' (same answer)' : ' (DIFFERENT answer)'}`,
        ],
      ];
      console.log(`\nRota\n${table(['measure', 'result'], rows)}\n`);
      return rows;
    } finally {
      reader.close();
    }
  } finally {
    core?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchRota();
