import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { StaffRole } from '../../../shared/codes';
import { createdAt, flag, idColumn } from '../db/columns';

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
    createdAt: createdAt(),
  },
  (t) => [index('staff_role_name').on(t.role, t.name)],
);
