import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { StaffRole } from '../../../shared/codes';
import type { Slot } from '../../../shared/placement-codes';
import type { AbsenceKind, StaffGender, TrainingKind } from '../../../shared/session-codes';
import { codeList, createdAt, flag, idColumn } from '../db/columns';

export const staff = sqliteTable(
  'staff',
  {
    id: idColumn(),
    name: text('name').notNull(),
    role: text('role').$type<StaffRole>().notNull(),
    email: text('email'),
    phone: text('phone'),
    team: text('team'),
    active: flag('active'),
    /** Checked against the "not with a female / male supervisor" restrictions when staffing a session. */
    gender: text('gender').$type<StaffGender>().notNull().default('NOT_STATED'),
    /** The slots a supervisor normally works (day × morning / afternoon / evening). */
    workingSlots: codeList<Slot>('working_slots').default([]),
    createdAt: createdAt(),
  },
  (t) => [index('staff_role_name').on(t.role, t.name)],
);

/** Leave, sickness and other days a member of staff is away, inclusive of both dates. */
export const staffAbsences = sqliteTable(
  'staff_absences',
  {
    id: idColumn(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    kind: text('kind').$type<AbsenceKind>().notNull(),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (t) => [index('staff_absences_staff_dates').on(t.staffId, t.fromDate, t.toDate)],
);

/** Training completed, with the date it runs out; the latest of each kind is the one that counts. */
export const staffTraining = sqliteTable(
  'staff_training',
  {
    id: idColumn(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    kind: text('kind').$type<TrainingKind>().notNull(),
    completedOn: text('completed_on').notNull(),
    expiresOn: text('expires_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('staff_training_staff_kind').on(t.staffId, t.kind, t.expiresOn)],
);
