import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Skill } from '../../../shared/placement-codes';
import type { Answer } from '../../../shared/session-codes';
import { codeList, createdAt, flag, idColumn } from '../db/columns';
import { orders } from '../orders/schema';

/** Why and by whom an order ended (its status and date are kept on the order itself). */
export const orderEndings = sqliteTable(
  'order_endings',
  {
    id: idColumn(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    reason: text('reason').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('order_endings_order').on(t.orderId)],
);

/** The interview at completion: what the person did, learned and thought of it. */
export const exitInterviews = sqliteTable(
  'exit_interviews',
  {
    id: idColumn(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    interviewedOn: text('interviewed_on').notNull(),
    whatTheyDid: text('what_they_did').notNull(),
    whatTheyLearned: text('what_they_learned').notNull(),
    skillsGained: codeList<Skill>('skills_gained'),
    /** How they were treated by supervisors and staff, 1 (poorly) to 5 (very well). */
    treatmentRating: integer('treatment_rating').notNull(),
    workWorthwhile: text('work_worthwhile').$type<Answer>().notNull(),
    willVolunteer: text('will_volunteer').$type<Answer>().notNull(),
    offeredPaidWork: flag('offered_paid_work'),
    /** Known further offending since the order began (YES / NO / UNSURE: not known), for the Board. */
    furtherOffence: text('further_offence').$type<Answer>().notNull().default('UNSURE'),
    comments: text('comments'),
    interviewedBy: text('interviewed_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('exit_interviews_order').on(t.orderId)],
);
