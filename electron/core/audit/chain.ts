import { createHash } from 'node:crypto';

export const genesisHash = '0'.repeat(64);

export interface AuditFields {
  at: string;
  accountId: number | null;
  accountName: string | null;
  procedure: string;
  kind: 'READ' | 'WRITE';
  recordType: string | null;
  recordId: number | null;
  detail: string | null;
}

/** The hash of an entry: its fields in a fixed order and the hash of the entry before it. */
export function entryHash(entry: AuditFields, previousHash: string): string {
  const fields = [
    entry.at,
    entry.accountId,
    entry.accountName,
    entry.procedure,
    entry.kind,
    entry.recordType,
    entry.recordId,
    entry.detail,
    previousHash,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/**
 * Walks the chain in order: the first entry whose stored hash does not match its contents, or
 * whose link does not match the entry before it, is where the file was changed.
 */
export function firstBreak(
  entries: Iterable<AuditFields & { id: number; previousHash: string; hash: string }>,
): number | null {
  let previous: string | null = null;
  for (const entry of entries) {
    if (previous !== null && entry.previousHash !== previous) return entry.id;
    if (entryHash(entry, entry.previousHash) !== entry.hash) return entry.id;
    previous = entry.hash;
  }
  return null;
}

/** What a write asked for, without anything secret in it. */
export function auditDetail(input: unknown): string | null {
  if (input === undefined || input === null) return null;
  return JSON.stringify(input, (key, value: unknown) =>
    /password/i.test(key) ? '(removed)' : value,
  );
}

/** The kind of record each domain's calls are about, and the field that names it. */
const records: Record<string, [string, string]> = {
  people: ['people', 'personId'],
  orders: ['orders', 'orderId'],
  risk: ['orders', 'orderId'],
  induction: ['orders', 'orderId'],
  allocation: ['orders', 'orderId'],
  endings: ['orders', 'orderId'],
  sessions: ['sessions', 'sessionId'],
  rota: ['sessions', 'sessionId'],
  placements: ['placements', 'placementId'],
  accounts: ['accounts', 'accountId'],
};

/** Which record a call is about: its id (or the domain's own id field), else the id it returned. */
export function recordOf(
  domain: string,
  input: unknown,
  output: unknown,
): { recordType: string; recordId: number | null } {
  const [recordType, field] = records[domain] ?? [domain, 'id'];
  const from = (value: unknown) => {
    if (!value || typeof value !== 'object') return null;
    const v = value as Record<string, unknown>;
    const id = typeof v.id === 'number' ? v.id : v[field];
    return typeof id === 'number' ? id : null;
  };
  return { recordType, recordId: from(input) ?? from(output) };
}
