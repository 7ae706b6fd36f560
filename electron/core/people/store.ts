import { and, asc, count, desc, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { people as peopleContract, personInput } from '../../../shared/contract/people';
import type { Db } from '../db/open';
import { orders } from '../orders/schema';
import { staff } from '../staff/schema';
import { people } from './schema';
import { personSearch, searchTextOf } from './search';

export type PersonValues = z.output<typeof personInput>;
type ListQuery = z.output<(typeof peopleContract)['list']['input']>;

const personColumns = {
  id: people.id,
  familyName: people.familyName,
  givenNames: people.givenNames,
  dateOfBirth: people.dateOfBirth,
  caseReference: people.caseReference,
  gender: people.gender,
  ethnicity: people.ethnicity,
  disability: people.disability,
  disabilityDetails: people.disabilityDetails,
  religion: people.religion,
  firstLanguage: people.firstLanguage,
  interpreterNeeded: people.interpreterNeeded,
  phone: people.phone,
  email: people.email,
  address: people.address,
  postcode: people.postcode,
  caseManagerId: people.caseManagerId,
  caseManagerName: staff.name,
};

export function findPerson(db: Db, id: number) {
  return (
    db
      .select(personColumns)
      .from(people)
      .innerJoin(staff, eq(staff.id, people.caseManagerId))
      .where(eq(people.id, id))
      .get() ?? null
  );
}

export function personWithReference(db: Db, caseReference: string, exceptId?: number) {
  return (
    db
      .select({ id: people.id, familyName: people.familyName, givenNames: people.givenNames })
      .from(people)
      .where(
        and(
          eq(people.caseReference, caseReference),
          exceptId ? ne(people.id, exceptId) : undefined,
        ),
      )
      .get() ?? null
  );
}

export function insertPerson(db: Db, values: PersonValues, createdAt: string): number {
  return db
    .insert(people)
    .values({ ...values, searchText: searchTextOf(values), createdAt })
    .returning({ id: people.id })
    .get().id;
}

export function updatePerson(db: Db, id: number, values: PersonValues) {
  return db
    .update(people)
    .set({ ...values, searchText: searchTextOf(values) })
    .where(eq(people.id, id))
    .run().changes;
}

export function ordersOfPerson(db: Db, personId: number) {
  return db
    .select({
      id: orders.id,
      sentenceDate: orders.sentenceDate,
      courtName: sql<string>`(SELECT name FROM courts c WHERE c.id = ${orders.courtId})`,
      hoursOrderedMinutes: orders.hoursOrderedMinutes,
      creditedMinutes: orders.creditedMinutes,
      endDate: orders.endDate,
      status: orders.status,
    })
    .from(orders)
    .where(eq(orders.personId, personId))
    .orderBy(desc(orders.sentenceDate))
    .all();
}

const liveOrders = sql<number>`(SELECT COUNT(*) FROM orders o WHERE o.person_id = people.id AND o.status = 'LIVE')`;
const outstanding = sql<number>`(SELECT COALESCE(SUM(o.hours_ordered_minutes - o.credited_minutes), 0) FROM orders o WHERE o.person_id = people.id AND o.status = 'LIVE')`;
const fullName = sql<string>`${people.familyName} || ', ' || ${people.givenNames}`;

const sortColumns = {
  name: [people.familyName, people.givenNames],
  caseReference: [people.caseReference],
  dateOfBirth: [people.dateOfBirth],
  liveOrders: [liveOrders],
  outstandingMinutes: [outstanding],
} as const;

export function listPeople(db: Db, query: ListQuery) {
  const where = and(
    personSearch(query.search),
    query.gender ? eq(people.gender, query.gender) : undefined,
    query.liveOnly
      ? sql`EXISTS (SELECT 1 FROM orders o WHERE o.person_id = people.id AND o.status = 'LIVE')`
      : undefined,
  );
  const direction = query.sortDirection === 'desc' ? desc : asc;
  const rows = db
    .select({
      id: people.id,
      name: fullName,
      caseReference: people.caseReference,
      dateOfBirth: people.dateOfBirth,
      gender: people.gender,
      caseManagerName: staff.name,
      liveOrders,
      outstandingMinutes: outstanding,
    })
    .from(people)
    .innerJoin(staff, eq(staff.id, people.caseManagerId))
    .where(where)
    .orderBy(...sortColumns[query.sortField].map((c) => direction(c)), asc(people.id))
    .limit(query.pageSize)
    .offset(query.page * query.pageSize)
    .all();
  const total = db.select({ n: count() }).from(people).where(where).get()!.n;
  return { rows, total };
}
