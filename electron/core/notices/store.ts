import { count, desc, eq, like } from 'drizzle-orm';
import type { NoticeFigures } from '../../../shared/contract/notices';
import type { Db } from '../db/open';
import { courtNotices } from './schema';

/**
 * The register of court notices. Rows are only ever inserted: the database's triggers refuse
 * any change or removal (migrations/0007), so what the court was told stays as it was told.
 */

export function numbersOfYear(db: Db, year: number): string[] {
  return db
    .select({ number: courtNotices.number })
    .from(courtNotices)
    .where(like(courtNotices.number, `CSN-${year}-%`))
    .all()
    .map((r) => r.number);
}

export interface NewNotice {
  number: string;
  courtId: number;
  periodFrom: string;
  periodTo: string;
  issuedOn: string;
  signedOffBy: string;
  signedOffRole: string;
  actions: string;
  figures: NoticeFigures;
  issuedByAccount: string;
  createdAt: string;
}

export function insertNotice(db: Db, values: NewNotice): number {
  return db
    .insert(courtNotices)
    .values({ ...values, figures: values.figures as unknown as Record<string, unknown> })
    .returning({ id: courtNotices.id })
    .get().id;
}

const noticeColumns = {
  id: courtNotices.id,
  number: courtNotices.number,
  courtId: courtNotices.courtId,
  periodFrom: courtNotices.periodFrom,
  periodTo: courtNotices.periodTo,
  issuedOn: courtNotices.issuedOn,
  signedOffBy: courtNotices.signedOffBy,
  signedOffRole: courtNotices.signedOffRole,
  actions: courtNotices.actions,
  issuedByAccount: courtNotices.issuedByAccount,
  figures: courtNotices.figures,
};

/** The notice as stored: its figures are the JSON written when it was issued, never worked out again. */
export function findNotice(db: Db, id: number) {
  const row = db.select(noticeColumns).from(courtNotices).where(eq(courtNotices.id, id)).get();
  return row ? { ...row, figures: row.figures as unknown as NoticeFigures } : null;
}

/** A page of the register, latest first (by the day of issue, then the number). */
export function listNotices(db: Db, page: number, pageSize: number) {
  const rows = db
    .select(noticeColumns)
    .from(courtNotices)
    .orderBy(desc(courtNotices.issuedOn), desc(courtNotices.id))
    .limit(pageSize)
    .offset(page * pageSize)
    .all()
    .map((r) => ({ ...r, figures: r.figures as unknown as NoticeFigures }));
  const total = db.select({ n: count() }).from(courtNotices).get()!.n;
  return { rows, total };
}

/** The notice issued last, if any. */
export function lastNotice(db: Db) {
  const row = db
    .select(noticeColumns)
    .from(courtNotices)
    .orderBy(desc(courtNotices.issuedOn), desc(courtNotices.id))
    .limit(1)
    .get();
  return row ? { ...row, figures: row.figures as unknown as NoticeFigures } : null;
}
