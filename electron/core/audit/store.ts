import { and, asc, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { addDays } from '../../../shared/dates';
import { startOfLondonDay } from '../clock';
import type { Db } from '../db/open';
import { entryHash, genesisHash, type AuditFields } from './chain';
import { auditLog, auditRetention } from './schema';

/** Appends one entry, chained to the last; always inside the transaction of what it records. */
export function appendAudit(db: Db, entry: AuditFields) {
  const last = db
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  const previousHash = last?.hash ?? genesisHash;
  db.insert(auditLog)
    .values({ ...entry, previousHash, hash: entryHash(entry, previousHash) })
    .run();
}

export interface AuditQuery {
  from?: string | undefined;
  to?: string | undefined;
  accountId?: number | undefined;
  procedure?: string | undefined;
  recordType?: string | undefined;
  recordId?: number | undefined;
}

function conditions(q: AuditQuery): SQL | undefined {
  return and(
    // Dates are days in England: `to` includes the whole of that day, summer time or not.
    q.from ? gte(auditLog.at, startOfLondonDay(q.from)) : undefined,
    q.to ? lt(auditLog.at, startOfLondonDay(addDays(q.to, 1))) : undefined,
    q.accountId ? eq(auditLog.accountId, q.accountId) : undefined,
    q.procedure ? eq(auditLog.procedure, q.procedure) : undefined,
    q.recordType ? eq(auditLog.recordType, q.recordType) : undefined,
    q.recordId ? eq(auditLog.recordId, q.recordId) : undefined,
  );
}

const columns = {
  id: auditLog.id,
  at: auditLog.at,
  accountId: auditLog.accountId,
  accountName: auditLog.accountName,
  procedure: auditLog.procedure,
  kind: auditLog.kind,
  recordType: auditLog.recordType,
  recordId: auditLog.recordId,
  detail: auditLog.detail,
};

export function searchAudit(db: Db, q: AuditQuery, page: number, pageSize: number) {
  const where = conditions(q);
  const rows = db
    .select(columns)
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(pageSize)
    .offset(page * pageSize)
    .all();
  return { rows, total: db.select({ n: count() }).from(auditLog).where(where).get()!.n };
}

export function allAudit(db: Db, q: AuditQuery) {
  return db.select(columns).from(auditLog).where(conditions(q)).orderBy(asc(auditLog.id)).all();
}

/** The whole chain in order, for verification. */
export function chainRows(db: Db) {
  return db.select().from(auditLog).orderBy(asc(auditLog.id)).all();
}

/** Moves the retention cut-off forward and removes what falls before it. */
export function applyRetention(db: Db, deleteBefore: string): number {
  db.update(auditRetention).set({ deleteBefore }).where(eq(auditRetention.id, 1)).run();
  return db.delete(auditLog).where(lt(auditLog.at, deleteBefore)).run().changes;
}

export function oldestRemaining(db: Db) {
  return (
    db
      .select({ id: auditLog.id, previousHash: auditLog.previousHash })
      .from(auditLog)
      .orderBy(asc(auditLog.id))
      .limit(1)
      .get() ?? null
  );
}
