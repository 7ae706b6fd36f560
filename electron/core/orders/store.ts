import { and, asc, count, desc, eq, lte, gte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { orders as ordersContract } from '../../../shared/contract/orders';
import type { OffenceCategory, RequirementType } from '../../../shared/codes';
import { addDays } from '../../../shared/dates';
import { courts } from '../courts/schema';
import type { Db } from '../db/open';
import { people } from '../people/schema';
import { personSearch } from '../people/search';
import { staff } from '../staff/schema';
import { ledgerAdjustments, orderExtensions, orders } from './schema';

type ListQuery = z.output<(typeof ordersContract)['list']['input']>;

const personName = sql<string>`${people.familyName} || ', ' || ${people.givenNames}`;
const outstanding = sql<number>`${orders.hoursOrderedMinutes} - ${orders.creditedMinutes}`;

const orderColumns = {
  id: orders.id,
  personId: orders.personId,
  personName,
  caseReference: people.caseReference,
  dateOfBirth: people.dateOfBirth,
  ageAtSentence: orders.ageAtSentence,
  courtId: orders.courtId,
  courtName: courts.name,
  sentenceDate: orders.sentenceDate,
  hoursOrderedMinutes: orders.hoursOrderedMinutes,
  requirementType: orders.requirementType,
  offenceCategory: orders.offenceCategory,
  offence: orders.offence,
  status: orders.status,
  endedOn: orders.endedOn,
  endDate: orders.endDate,
  creditedMinutes: orders.creditedMinutes,
  outstandingMinutes: outstanding,
  caseManagerName: staff.name,
};

function ordersWithPeople(db: Db) {
  return db
    .select(orderColumns)
    .from(orders)
    .innerJoin(people, eq(people.id, orders.personId))
    .innerJoin(courts, eq(courts.id, orders.courtId))
    .innerJoin(staff, eq(staff.id, people.caseManagerId));
}

export function findOrder(db: Db, id: number) {
  return ordersWithPeople(db).where(eq(orders.id, id)).get() ?? null;
}

export interface NewOrder {
  personId: number;
  courtId: number;
  sentenceDate: string;
  ageAtSentence: number;
  hoursOrderedMinutes: number;
  requirementType: RequirementType;
  offenceCategory: OffenceCategory;
  offence: string;
  endDate: string;
  createdAt: string;
}

export function insertOrder(db: Db, values: NewOrder): number {
  return db
    .insert(orders)
    .values({ ...values, status: 'LIVE' })
    .returning({ id: orders.id })
    .get().id;
}

export function extensionsOf(db: Db, orderId: number) {
  return db
    .select({
      id: orderExtensions.id,
      grantedOn: orderExtensions.grantedOn,
      newEndDate: orderExtensions.newEndDate,
      reason: orderExtensions.reason,
    })
    .from(orderExtensions)
    .where(eq(orderExtensions.orderId, orderId))
    .orderBy(asc(orderExtensions.grantedOn), asc(orderExtensions.id))
    .all();
}

export function insertExtension(
  db: Db,
  values: {
    orderId: number;
    grantedOn: string;
    newEndDate: string;
    reason: string;
    createdAt: string;
  },
) {
  db.insert(orderExtensions).values(values).run();
  db.update(orders).set({ endDate: values.newEndDate }).where(eq(orders.id, values.orderId)).run();
}

export function adjustmentsOf(db: Db, orderId: number) {
  return db
    .select({
      date: ledgerAdjustments.date,
      minutes: ledgerAdjustments.minutes,
      reason: ledgerAdjustments.reason,
    })
    .from(ledgerAdjustments)
    .where(eq(ledgerAdjustments.orderId, orderId))
    .orderBy(asc(ledgerAdjustments.date), asc(ledgerAdjustments.id))
    .all();
}

/** Moves an order's running total of credit; always in the transaction that writes the credit itself. */
export function addCredit(db: Db, orderId: number, minutes: number) {
  db.update(orders)
    .set({ creditedMinutes: sql`${orders.creditedMinutes} + ${minutes}` })
    .where(eq(orders.id, orderId))
    .run();
}

export function insertAdjustment(
  db: Db,
  values: { orderId: number; date: string; minutes: number; reason: string; createdAt: string },
) {
  db.insert(ledgerAdjustments).values(values).run();
  addCredit(db, values.orderId, values.minutes);
}

const sortColumns = {
  personName: [people.familyName, people.givenNames],
  caseReference: [people.caseReference],
  courtName: [courts.name],
  sentenceDate: [orders.sentenceDate],
  hoursOrderedMinutes: [orders.hoursOrderedMinutes],
  endDate: [orders.endDate],
  outstandingMinutes: [outstanding],
} as const;

export function listOrders(db: Db, query: ListQuery, today: string) {
  const where = and(
    personSearch(query.search),
    query.status ? eq(orders.status, query.status) : undefined,
    query.courtId ? eq(orders.courtId, query.courtId) : undefined,
    query.requirementType ? eq(orders.requirementType, query.requirementType) : undefined,
    query.endingWithinWeeks
      ? and(
          gte(orders.endDate, today),
          lte(orders.endDate, addDays(today, query.endingWithinWeeks * 7)),
        )
      : undefined,
  );
  const direction = query.sortDirection === 'desc' ? desc : asc;
  const rows = ordersWithPeople(db)
    .where(where)
    .orderBy(...sortColumns[query.sortField].map((c) => direction(c)), asc(orders.id))
    .limit(query.pageSize)
    .offset(query.page * query.pageSize)
    .all();
  const total = db
    .select({ n: count() })
    .from(orders)
    .innerJoin(people, eq(people.id, orders.personId))
    .where(where)
    .get()!.n;
  return { rows, total };
}

/** The facts the age rules need, for every order of one person. */
export function orderAgeFacts(db: Db, personId: number) {
  return db
    .select({
      id: orders.id,
      sentenceDate: orders.sentenceDate,
      hoursOrderedMinutes: orders.hoursOrderedMinutes,
      requirementType: orders.requirementType,
    })
    .from(orders)
    .where(eq(orders.personId, personId))
    .all();
}

export function setAgeAtSentence(db: Db, orderId: number, ageAtSentence: number) {
  db.update(orders).set({ ageAtSentence }).where(eq(orders.id, orderId)).run();
}

/** Every live order with what its progress is judged on. */
export function liveOrders(db: Db) {
  return ordersWithPeople(db)
    .where(eq(orders.status, 'LIVE'))
    .orderBy(asc(orders.endDate), asc(orders.id))
    .all();
}
