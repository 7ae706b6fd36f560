import { and, asc, count, desc, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { AlertSource, NoteAuthor } from '../../../shared/session-codes';
import type { Db } from '../db/open';
import { orders } from '../orders/schema';
import { people } from '../people/schema';
import { staff } from '../staff/schema';
import { caseManagerAlerts, orderNotes, supervisionPlans, supervisionReviews } from './schema';

/** Puts something in front of the order's case manager, open until the office marks it sent. */
export function raiseAlert(
  db: Db,
  values: {
    orderId: number;
    source: AlertSource;
    raisedOn: string;
    message: string;
    createdAt: string;
  },
) {
  db.insert(caseManagerAlerts).values(values).run();
}

const personName = sql<string>`${people.familyName} || ', ' || ${people.givenNames}`;

export function findPlan(db: Db, orderId: number) {
  return (
    db
      .select({
        agreedOn: supervisionPlans.agreedOn,
        objectives: supervisionPlans.objectives,
        reviewEveryWeeks: supervisionPlans.reviewEveryWeeks,
        agreedBy: supervisionPlans.agreedBy,
      })
      .from(supervisionPlans)
      .where(eq(supervisionPlans.orderId, orderId))
      .get() ?? null
  );
}

/** One plan per order: a second one changes the first. */
export function savePlan(
  db: Db,
  values: {
    orderId: number;
    agreedOn: string;
    objectives: string;
    reviewEveryWeeks: number;
    agreedBy: string;
    createdAt: string;
  },
) {
  const { orderId: _, createdAt: __, ...changes } = values;
  db.insert(supervisionPlans)
    .values(values)
    .onConflictDoUpdate({ target: supervisionPlans.orderId, set: changes })
    .run();
}

export function reviewsOf(db: Db, orderId: number) {
  return db
    .select({
      id: supervisionReviews.id,
      reviewedOn: supervisionReviews.reviewedOn,
      progress: supervisionReviews.progress,
      reviewedBy: supervisionReviews.reviewedBy,
    })
    .from(supervisionReviews)
    .where(eq(supervisionReviews.orderId, orderId))
    .orderBy(desc(supervisionReviews.reviewedOn), desc(supervisionReviews.id))
    .all();
}

export function insertReview(
  db: Db,
  values: {
    orderId: number;
    reviewedOn: string;
    progress: string;
    reviewedBy: string;
    createdAt: string;
  },
) {
  db.insert(supervisionReviews).values(values).run();
}

export function notesOf(db: Db, orderId: number) {
  return db
    .select({
      id: orderNotes.id,
      author: orderNotes.author,
      writtenBy: orderNotes.writtenBy,
      text: orderNotes.text,
      alertCaseManager: orderNotes.alertCaseManager,
      writtenAt: orderNotes.createdAt,
    })
    .from(orderNotes)
    .where(eq(orderNotes.orderId, orderId))
    .orderBy(desc(orderNotes.createdAt), desc(orderNotes.id))
    .all();
}

export function insertNote(
  db: Db,
  values: {
    orderId: number;
    author: NoteAuthor;
    writtenBy: string;
    text: string;
    alertCaseManager: boolean;
    createdAt: string;
  },
) {
  db.insert(orderNotes).values(values).run();
}

const alertColumns = {
  id: caseManagerAlerts.id,
  source: caseManagerAlerts.source,
  raisedOn: caseManagerAlerts.raisedOn,
  message: caseManagerAlerts.message,
  sentOn: caseManagerAlerts.sentOn,
  sentBy: caseManagerAlerts.sentBy,
};

export function alertsOfOrder(db: Db, orderId: number) {
  return db
    .select(alertColumns)
    .from(caseManagerAlerts)
    .where(eq(caseManagerAlerts.orderId, orderId))
    .orderBy(desc(caseManagerAlerts.raisedOn), desc(caseManagerAlerts.id))
    .all();
}

function alertsWithPeople(db: Db) {
  return db
    .select({
      ...alertColumns,
      orderId: caseManagerAlerts.orderId,
      personName,
      caseReference: people.caseReference,
      caseManagerName: staff.name,
    })
    .from(caseManagerAlerts)
    .innerJoin(orders, eq(orders.id, caseManagerAlerts.orderId))
    .innerJoin(people, eq(people.id, orders.personId))
    .innerJoin(staff, eq(staff.id, people.caseManagerId));
}

export function findAlert(db: Db, id: number) {
  return alertsWithPeople(db).where(eq(caseManagerAlerts.id, id)).get() ?? null;
}

/** Open alerts oldest first (the office's queue); sent ones latest first. */
export function listAlerts(db: Db, query: { open: boolean; page: number; pageSize: number }) {
  const where = query.open ? isNull(caseManagerAlerts.sentOn) : isNotNull(caseManagerAlerts.sentOn);
  const order = query.open
    ? [asc(caseManagerAlerts.raisedOn), asc(caseManagerAlerts.id)]
    : [desc(caseManagerAlerts.sentOn), desc(caseManagerAlerts.id)];
  const rows = alertsWithPeople(db)
    .where(where)
    .orderBy(...order)
    .limit(query.pageSize)
    .offset(query.page * query.pageSize)
    .all();
  const total = db.select({ n: count() }).from(caseManagerAlerts).where(where).get()!.n;
  return { rows, total };
}

export function markAlertSent(db: Db, id: number, sentOn: string, sentBy: string) {
  db.update(caseManagerAlerts)
    .set({ sentOn, sentBy })
    .where(and(eq(caseManagerAlerts.id, id), isNull(caseManagerAlerts.sentOn)))
    .run();
}

const lastReviewedOn = sql<
  string | null
>`(SELECT MAX(r.reviewed_on) FROM supervision_reviews r WHERE r.order_id = orders.id)`;

/**
 * Live orders that may be on the list of reviews due: without a plan and sentenced on or before
 * `noPlanSentencedBy`, or with a plan whose next review (weeks after the later of the plan and
 * the last review) falls on or before `reviewBy`. The rules then say exactly which and when.
 */
export function reviewCandidates(db: Db, noPlanSentencedBy: string, reviewBy: string) {
  const nextDue = sql`date(MAX(${supervisionPlans.agreedOn}, COALESCE(${lastReviewedOn}, '')), '+' || (${supervisionPlans.reviewEveryWeeks} * 7) || ' days')`;
  return db
    .select({
      orderId: orders.id,
      personName,
      caseReference: people.caseReference,
      caseManagerName: staff.name,
      sentenceDate: orders.sentenceDate,
      agreedOn: supervisionPlans.agreedOn,
      reviewEveryWeeks: supervisionPlans.reviewEveryWeeks,
      lastReviewedOn,
    })
    .from(orders)
    .innerJoin(people, eq(people.id, orders.personId))
    .innerJoin(staff, eq(staff.id, people.caseManagerId))
    .leftJoin(supervisionPlans, eq(supervisionPlans.orderId, orders.id))
    .where(
      and(
        eq(orders.status, 'LIVE'),
        sql`((${supervisionPlans.id} IS NULL AND ${lte(orders.sentenceDate, noPlanSentencedBy)}) OR ${nextDue} <= ${reviewBy})`,
      ),
    )
    .all();
}
