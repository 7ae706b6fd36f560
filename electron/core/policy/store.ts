import { desc, eq, lte } from 'drizzle-orm';
import { accounts } from '../auth/schema';
import { defaultPolicy, type Policy } from '../../../shared/policy';
import type { Db } from '../db/open';
import { policyVersions } from './schema';

/** The settings in force on a date: the latest version from that date or before, else the defaults. */
export function policyOn(
  db: Db,
  date: string,
): { versionId: number | null; effectiveFrom: string | null; values: Policy } {
  const version = db
    .select()
    .from(policyVersions)
    .where(lte(policyVersions.effectiveFrom, date))
    .orderBy(desc(policyVersions.effectiveFrom))
    .limit(1)
    .get();
  // Defaults fill any setting a version predates, so an older version never lacks a value.
  return version
    ? {
        versionId: version.id,
        effectiveFrom: version.effectiveFrom,
        values: { ...defaultPolicy, ...version.values },
      }
    : { versionId: null, effectiveFrom: null, values: defaultPolicy };
}

export function policyHistory(db: Db) {
  return db
    .select({ version: policyVersions, changedByName: accounts.name })
    .from(policyVersions)
    .leftJoin(accounts, eq(accounts.id, policyVersions.changedBy))
    .orderBy(desc(policyVersions.effectiveFrom))
    .all();
}

export function insertPolicyVersion(db: Db, values: typeof policyVersions.$inferInsert) {
  db.insert(policyVersions).values(values).run();
}
