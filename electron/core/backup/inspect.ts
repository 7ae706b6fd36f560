import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, BackupPreview } from '../../../shared/contract/backups';
import { newestFirst, parseBackupName } from './names';

/** SQLite's own words for a file that is damaged or not a database at all. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}

export type Check = { ok: true } | { ok: false; problem: string };

/** `PRAGMA quick_check` on a connection: the b-trees and pages, without the slow index cross-check. */
export function quickCheck(db: Database.Database): Check {
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const found = rows.map((r) => r.quick_check);
    if (found.length === 1 && found[0] === 'ok') return { ok: true };
    return { ok: false, problem: `SQLite found damage: ${found.slice(0, 3).join('; ')}` };
  } catch (error) {
    if (!isDamageError(error)) throw error;
    return { ok: false, problem: plainDamage(error) };
  }
}

function plainDamage(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_NOTADB')
    ? 'The file is not an Amends database (it may have been overwritten or only partly copied).'
    : `SQLite found damage: ${error instanceof Error ? error.message : String(error)}`;
}

/** Opens a file read-only (never creating it) and runs `use`; damage while opening becomes a Check. */
export function withReadOnly<T>(file: string, use: (db: Database.Database) => T): T | Check {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    if (!isDamageError(error)) throw error;
    return { ok: false, problem: plainDamage(error) };
  }
  try {
    return use(db);
  } catch (error) {
    if (!isDamageError(error)) throw error;
    return { ok: false, problem: plainDamage(error) };
  } finally {
    db.close();
  }
}

export function checkFile(file: string): Check {
  return withReadOnly(file, quickCheck);
}

function tableNames(db: Database.Database): Set<string> {
  const rows = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return new Set(rows.map((r) => r.name));
}

function count(db: Database.Database, tables: Set<string>, table: string, where = ''): number {
  if (!tables.has(table)) return 0;
  return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}" ${where}`).get() as { n: number }).n;
}

/** The newest `created_at` in any table that has one: the last thing written before the copy. */
function lastChange(db: Database.Database, tables: Set<string>): string | null {
  let newest: string | null = null;
  for (const table of tables) {
    const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[];
    if (!columns.some((c) => c.name === 'created_at')) continue;
    const row = db.prepare(`SELECT MAX(created_at) AS at FROM "${table}"`).get() as {
      at: string | null;
    };
    if (typeof row.at === 'string' && (newest === null || row.at > newest)) newest = row.at;
  }
  return newest;
}

type Contents = Omit<BackupPreview, keyof BackupInfo>;

/** What a database file holds, read through a read-only connection; an old schema reads as zeros. */
export function readContents(file: string): Contents {
  const empty = { officeName: null, people: 0, liveOrders: 0, sessions: 0, lastChange: null };
  const result = withReadOnly(file, (db): Contents => {
    const check = quickCheck(db);
    if (!check.ok) return { intact: false, problem: check.problem, ...empty };
    const tables = tableNames(db);
    const office = tables.has('office')
      ? (db.prepare('SELECT name FROM office ORDER BY id LIMIT 1').get() as
          { name: string } | undefined)
      : undefined;
    return {
      intact: true,
      problem: null,
      officeName: office?.name ?? null,
      people: count(db, tables, 'people'),
      liveOrders: count(db, tables, 'orders', "WHERE status = 'LIVE'"),
      sessions: count(db, tables, 'sessions'),
      lastChange: lastChange(db, tables),
    };
  });
  return 'ok' in result
    ? { intact: false, problem: result.ok ? null : result.problem, ...empty }
    : result;
}

/** Every backup in the folder, newest first; other files are not Amends's and are left alone. */
export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const stat = fs.statSync(path.join(folder, name), { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    found.push({
      file: name,
      kind: parsed.kind,
      createdAt: parsed.createdAt.toISOString(),
      sizeBytes: stat.size,
    });
  }
  return found.sort(newestFirst);
}

export function previewBackup(folder: string, info: BackupInfo): BackupPreview {
  return { ...info, ...readContents(path.join(folder, info.file)) };
}

/** The newest backup that passes quick_check, looking in each folder given; null when none does. */
export function latestGoodBackup(
  folders: readonly string[],
): (BackupInfo & { path: string }) | null {
  const all = [...new Set(folders)].flatMap((folder) =>
    listBackups(folder).map((info) => ({ ...info, path: path.join(folder, info.file) })),
  );
  all.sort(newestFirst);
  for (const candidate of all) {
    try {
      if (checkFile(candidate.path).ok) return candidate;
    } catch {
      // Unreadable for some other reason (locked, permissions): not one to offer.
    }
  }
  return null;
}
