import Database from 'better-sqlite3';
import { addDays } from '../../shared/dates';
import {
  assessedOrder,
  attended,
  placementInput,
  placementOffice,
  sessionInput,
} from '../core/fixtures-placements';
import { testCore } from '../support/core';
import { format, heading, median, percentile, since, table } from './measure';

/** Timed registers each way; with 20 more, the first order's ledger has 60 sessions. */
const REGISTERS = 20;
const LEDGER_READS = 300;

/**
 * Recording a 12-person register (one transaction through the router, audit entry included)
 * against the same twelve outcomes written by the plainest SQL; and reading the ledger of an
 * order with 60 sessions (orders.get) against the plain query of its lines.
 */
export async function benchRegisters(): Promise<string[][]> {
  heading('Registers and the hours ledger');
  const core = await testCore();
  try {
    const office = await placementOffice(core);
    const placement = await core.ok('placements.save', placementInput({ capacity: 12 }));
    const orders: number[] = [];
    for (let i = 0; i < 12; i++)
      orders.push(
        await assessedOrder(core, office, `Person${String.fromCharCode(65 + i)}`, { hours: 300 }),
      );

    // Sessions on consecutive days before today, each with the twelve booked.
    const sessions: number[] = [];
    for (let i = 0; i < REGISTERS * 2 + 60; i++) {
      const date = addDays('2026-11-25', -i);
      const s = await core.ok(
        'sessions.create',
        sessionInput(placement.id, office.supervisor.id, { date }),
      );
      for (const orderId of orders) await core.ok('sessions.book', { sessionId: s.id, orderId });
      sessions.push(s.id);
    }
    const rows = orders.map((orderId) => attended(orderId, { penaltyMinutes: 5 }));

    const viaRouter: number[] = [];
    for (const sessionId of sessions.slice(0, REGISTERS)) {
      const start = performance.now();
      await core.ok('sessions.recordRegister', { sessionId, rows });
      viaRouter.push(since(start));
    }

    // The plainest SQL for the same result: twelve updates and twelve credits, one transaction.
    const sqlite = new Database(core.databaseFile);
    sqlite.pragma('synchronous = FULL');
    const outcome = sqlite.prepare(
      "UPDATE bookings SET outcome = 'ATTC', arrived_at = '09:00', left_at = '13:00', penalty_minutes = 5, credited_minutes = 235, recorded_at = '2026-11-26' WHERE session_id = ? AND order_id = ?",
    );
    const credit = sqlite.prepare(
      'UPDATE orders SET credited_minutes = credited_minutes + 235 WHERE id = ?',
    );
    const plain: number[] = [];
    for (const sessionId of sessions.slice(REGISTERS, REGISTERS * 2)) {
      const start = performance.now();
      sqlite.transaction(() => {
        for (const orderId of orders) {
          outcome.run(sessionId, orderId);
          credit.run(orderId);
        }
      })();
      plain.push(since(start));
    }
    // Twenty more registers for the first person, so their order has 60 sessions in its ledger.
    for (const sessionId of sessions.slice(REGISTERS * 2, REGISTERS * 2 + 20))
      await core.ok('sessions.recordRegister', { sessionId, rows });
    const orderId = orders[0]!;
    const ledger = await core.ok('orders.get', { id: orderId });

    const reads: number[] = [];
    for (let i = 0; i < LEDGER_READS; i++) {
      const start = performance.now();
      await core.ok('orders.get', { id: orderId });
      reads.push(since(start));
    }
    const lines = sqlite.prepare(
      `SELECT s.date, p.name, b.outcome, b.credited_minutes FROM bookings b
       JOIN sessions s ON s.id = b.session_id JOIN placements p ON p.id = s.placement_id
       WHERE b.order_id = ? AND b.outcome IS NOT NULL ORDER BY s.date`,
    );
    const plainReads: number[] = [];
    for (let i = 0; i < LEDGER_READS; i++) {
      const start = performance.now();
      lines.all(orderId);
      plainReads.push(since(start));
    }
    sqlite.close();

    const ratio = median(viaRouter) / median(plain);
    const readRatio = median(reads) / median(plainReads);
    console.log(
      table(
        ['Measure', 'median', 'p95'],
        [
          [
            `12-person register via sessions.recordRegister (${REGISTERS})`,
            format.ms(median(viaRouter)),
            format.ms(percentile(viaRouter, 95)),
          ],
          [
            'Same 12 outcomes by plain SQL, one transaction',
            format.ms(median(plain)),
            format.ms(percentile(plain, 95)),
          ],
          [
            `orders.get with a ${ledger.ledger.length}-line ledger (${LEDGER_READS})`,
            format.ms(median(reads)),
            format.ms(percentile(reads, 95)),
          ],
          [
            'The ledger lines by plain SQL',
            format.ms(median(plainReads)),
            format.ms(percentile(plainReads, 95)),
          ],
        ],
      ),
    );
    console.log(
      `Register: ${format.ratio(ratio)} of plain SQL (checks, credit rules, audit entry). Ledger read: ${format.ratio(readRatio)} (order, progress, audit entry).`,
    );
    return [
      [
        '12-person register: median (ratio to plain SQL)',
        `${format.ms(median(viaRouter))} (${format.ratio(ratio)})`,
      ],
      [
        `Ledger of ${ledger.ledger.length} sessions (orders.get): median (ratio)`,
        `${format.ms(median(reads))} (${format.ratio(readRatio)})`,
      ],
    ];
  } finally {
    core.close();
  }
}
