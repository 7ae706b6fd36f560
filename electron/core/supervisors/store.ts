import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm';
import { supervisingRoles } from '../../../shared/contract/supervisors';
import type { Slot } from '../../../shared/placement-codes';
import type { AbsenceKind, StaffGender, TrainingKind } from '../../../shared/session-codes';
import type { Db } from '../db/open';
import { slices } from '../db/slices';
import { staff, staffAbsences, staffTraining } from '../staff/schema';

const memberColumns = {
  id: staff.id,
  name: staff.name,
  role: staff.role,
  active: staff.active,
  gender: staff.gender,
  workingSlots: staff.workingSlots,
};

const absenceColumns = {
  id: staffAbsences.id,
  staffId: staffAbsences.staffId,
  kind: staffAbsences.kind,
  fromDate: staffAbsences.fromDate,
  toDate: staffAbsences.toDate,
  notes: staffAbsences.notes,
};

const trainingColumns = {
  id: staffTraining.id,
  staffId: staffTraining.staffId,
  kind: staffTraining.kind,
  completedOn: staffTraining.completedOn,
  expiresOn: staffTraining.expiresOn,
};

export type AbsenceRow = {
  id: number;
  staffId: number;
  kind: AbsenceKind;
  fromDate: string;
  toDate: string;
  notes: string | null;
};
export type TrainingRow = {
  id: number;
  staffId: number;
  kind: TrainingKind;
  completedOn: string;
  expiresOn: string;
};

/** Any member of staff, whatever their role, so a refusal can say who they are. */
export function findMember(db: Db, id: number) {
  return db.select(memberColumns).from(staff).where(eq(staff.id, id)).get() ?? null;
}

/** Supervisors and UPW managers (or one of them), in post first, then by name. */
export function supervisorMembers(db: Db, id?: number) {
  return db
    .select(memberColumns)
    .from(staff)
    .where(
      and(
        inArray(staff.role, [...supervisingRoles]),
        id === undefined ? undefined : eq(staff.id, id),
      ),
    )
    .orderBy(desc(staff.active), asc(staff.name), asc(staff.id))
    .all() as (ReturnType<typeof findMember> & { role: (typeof supervisingRoles)[number] })[];
}

/** Absences of these staff, earliest first; only those not over before `from` when it is given. */
export function absencesOf(db: Db, staffIds: readonly number[], from?: string): AbsenceRow[] {
  return slices(staffIds).flatMap((slice) =>
    db
      .select(absenceColumns)
      .from(staffAbsences)
      .where(
        and(
          inArray(staffAbsences.staffId, slice),
          from === undefined ? undefined : gte(staffAbsences.toDate, from),
        ),
      )
      .orderBy(asc(staffAbsences.fromDate), asc(staffAbsences.id))
      .all(),
  );
}

/** Every course these staff have completed, latest completed first. */
export function trainingOf(db: Db, staffIds: readonly number[]): TrainingRow[] {
  return slices(staffIds).flatMap((slice) =>
    db
      .select(trainingColumns)
      .from(staffTraining)
      .where(inArray(staffTraining.staffId, slice))
      .orderBy(desc(staffTraining.completedOn), desc(staffTraining.id))
      .all(),
  );
}

export function findAbsence(db: Db, id: number): AbsenceRow | null {
  return (
    db.select(absenceColumns).from(staffAbsences).where(eq(staffAbsences.id, id)).get() ?? null
  );
}

export function insertAbsence(
  db: Db,
  values: Omit<AbsenceRow, 'id'> & { createdAt: string },
): number {
  return db.insert(staffAbsences).values(values).returning({ id: staffAbsences.id }).get().id;
}

export function deleteAbsence(db: Db, id: number): number {
  return db.delete(staffAbsences).where(eq(staffAbsences.id, id)).run().changes;
}

export function insertTraining(
  db: Db,
  values: Omit<TrainingRow, 'id'> & { createdAt: string },
): number {
  return db.insert(staffTraining).values(values).returning({ id: staffTraining.id }).get().id;
}

export function updateRota(
  db: Db,
  id: number,
  values: { gender: StaffGender; workingSlots: Slot[] },
): number {
  return db.update(staff).set(values).where(eq(staff.id, id)).run().changes;
}
