import Database from 'better-sqlite3';
import type { InputOf } from '../../shared/contract';
import type { Restriction, Slot } from '../../shared/placement-codes';
import type { AbsenceKind, StaffGender } from '../../shared/session-codes';
import type { TestCore } from '../support/core';
import { placementInput, readyOrder, type Office } from './fixtures-placements';

/**
 * Fixtures for the rota: supervisors with a gender, a working pattern, training and absences
 * (written straight into the database, as the supervisors' screens would), and people allocated
 * to a Saturday group placement. Today is Thursday 26/11/2026; Saturday 28/11/2026 is two days on.
 */
export const SATURDAY = '2026-11-28';
export const NEXT_SATURDAY = '2026-12-05';

const everyDay: Slot[] = (['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const).flatMap(
  (d) => [`${d}_MORNING`, `${d}_AFTERNOON`] as Slot[],
);

export interface SupervisorSpec {
  name: string;
  gender?: StaffGender;
  role?: 'SUPERVISOR' | 'UPW_MANAGER' | 'CASE_ADMINISTRATOR' | 'CASE_MANAGER';
  slots?: Slot[];
  /** Expiry of both required kinds of training; null for none recorded. */
  trainedUntil?: string | null;
  /** Overrides the health and safety expiry alone (an untrained supervisor). */
  healthAndSafetyUntil?: string;
  away?: { kind: AbsenceKind; from: string; to: string };
  active?: boolean;
}

/** Runs writes on the core's database through a second connection, as another screen would. */
export function withDatabase<T>(core: TestCore, write: (db: Database.Database) => T): T {
  const db = new Database(core.databaseFile);
  try {
    return write(db);
  } finally {
    db.close();
  }
}

/** A member of staff who supervises: by default male, working every day, trained to 2027. */
export function addSupervisor(core: TestCore, spec: SupervisorSpec): number {
  return withDatabase(core, (db) => {
    const now = '2026-11-01T09:00:00.000Z';
    const id = Number(
      db
        .prepare(
          `INSERT INTO staff (name, role, active, gender, working_slots, created_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(
          spec.name,
          spec.role ?? 'SUPERVISOR',
          spec.active === false ? 0 : 1,
          spec.gender ?? 'MALE',
          JSON.stringify(spec.slots ?? everyDay),
          now,
        ).lastInsertRowid,
    );
    const until = spec.trainedUntil === undefined ? '2027-12-31' : spec.trainedUntil;
    const train = db.prepare(
      `INSERT INTO staff_training (staff_id, kind, completed_on, expires_on, created_at)
       VALUES (?, ?, '2025-01-10', ?, ?)`,
    );
    if (until !== null) {
      train.run(id, 'RISK_OF_HARM', until, now);
      train.run(id, 'HEALTH_AND_SAFETY', spec.healthAndSafetyUntil ?? until, now);
    }
    if (spec.away) {
      db.prepare(
        `INSERT INTO staff_absences (staff_id, kind, from_date, to_date, created_at)
         VALUES (?, ?, ?, ?, ?)`,
      ).run(id, spec.away.kind, spec.away.from, spec.away.to, now);
    }
    return id;
  });
}

export function setRestrictions(core: TestCore, orderId: number, restrictions: Restriction[]) {
  withDatabase(core, (db) =>
    db
      .prepare('UPDATE risk_assessments SET restrictions = ? WHERE order_id = ?')
      .run(JSON.stringify(restrictions), orderId),
  );
}

/** The Saturday-morning group placement of the rota tests: Park garden, 09:00 to 16:00, 12 places. */
export function parkGarden(
  overrides: Partial<InputOf<'placements.save'>> = {},
): InputOf<'placements.save'> {
  return placementInput({
    name: 'Park garden',
    sessions: ['SAT_MORNING'],
    startTime: '09:00',
    endTime: '16:00',
    capacity: 12,
    ...overrides,
  });
}

const familyNames = [
  'Adams',
  'Baker',
  'Clarke',
  'Davies',
  'Evans',
  'Foster',
  'Green',
  'Hughes',
  'Irwin',
  'Jones',
  'King',
  'Lewis',
  'Morgan',
  'Nash',
];

/** People allocated to a placement (available Saturday and Sunday mornings), in order of family name. */
export async function allocatedPeople(
  core: TestCore,
  office: Office,
  placementId: number,
  count: number,
  start = 0,
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = start; i < start + count; i++) {
    const order = await readyOrder(core, office, {
      person: { familyName: familyNames[i % familyNames.length], givenNames: `Person ${i + 1}` },
    });
    await core.ok('allocation.allocate', {
      orderId: order.id,
      placementId,
      reason: 'Rota test',
    });
    ids.push(order.id);
  }
  return ids;
}

/** A session by hand, with people booked on it (the leader is put on it by sessions.create). */
export async function sessionWith(
  core: TestCore,
  placementId: number,
  leaderId: number,
  orderIds: readonly number[],
  overrides: Partial<InputOf<'sessions.create'>> = {},
) {
  const session = await core.ok('sessions.create', {
    placementId,
    date: SATURDAY,
    startTime: '09:00',
    endTime: '16:00',
    leaderId,
    capacity: 12,
    ...overrides,
  });
  for (const orderId of orderIds)
    await core.ok('sessions.book', { sessionId: session.id, orderId });
  return session.id;
}
