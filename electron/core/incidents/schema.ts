import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { IncidentKind } from '../../../shared/session-codes';
import { createdAt, flag, idColumn } from '../db/columns';
import { sessions } from '../sessions/schema';

/** A health and safety incident, accident or near miss during a session. */
export const incidents = sqliteTable(
  'incidents',
  {
    id: idColumn(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id),
    kind: text('kind').$type<IncidentKind>().notNull(),
    occurredAt: text('occurred_at').notNull(),
    whatHappened: text('what_happened').notNull(),
    peopleInvolved: text('people_involved').notNull(),
    injuries: text('injuries'),
    firstAidGiven: flag('first_aid_given').default(false),
    actionTaken: text('action_taken').notNull(),
    reportedTo: text('reported_to').notNull(),
    reportedOn: text('reported_on').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('incidents_session').on(t.sessionId)],
);
