import { asc, desc, eq } from 'drizzle-orm';
import type { StaffRole } from '../../../shared/codes';
import type { Db } from '../db/open';
import { staff } from './schema';

export type StaffValues = {
  name: string;
  role: StaffRole;
  email: string | null;
  phone: string | null;
  team: string | null;
  active: boolean;
};

const staffColumns = {
  id: staff.id,
  name: staff.name,
  role: staff.role,
  email: staff.email,
  phone: staff.phone,
  team: staff.team,
  active: staff.active,
};

export function listStaff(db: Db, role?: StaffRole) {
  return db
    .select(staffColumns)
    .from(staff)
    .where(role ? eq(staff.role, role) : undefined)
    .orderBy(desc(staff.active), asc(staff.name))
    .all();
}

export function findStaff(db: Db, id: number) {
  return db.select(staffColumns).from(staff).where(eq(staff.id, id)).get() ?? null;
}

export function insertStaff(db: Db, values: StaffValues & { createdAt: string }): number {
  return db.insert(staff).values(values).returning({ id: staff.id }).get().id;
}

export function updateStaff(db: Db, id: number, values: StaffValues) {
  return db.update(staff).set(values).where(eq(staff.id, id)).run().changes;
}
