import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  fixedClock,
  migrationsDir,
  smallOffice,
  tempDir,
  testCore,
  type TestCore,
} from '../support/core';
import { createCore } from '../../electron/core';
import { countRows, readDatabase, rowsOf } from './helpers';

describe('setting up', () => {
  let core: TestCore;
  beforeEach(async () => {
    core = await testCore();
  });
  afterEach(() => core.close());

  it('reports an office that is not set up', async () => {
    expect(await core.ok('office.get', {})).toEqual({
      setUp: false,
      name: null,
      isDemo: false,
      address: null,
      phone: null,
      email: null,
      today: '2026-11-26',
    });
  });

  it('sets up once and keeps the data on a second try', async () => {
    expect(await core.ok('office.setUp', { name: '  Northvale UPW ' })).toEqual({
      setUp: true,
      name: 'Northvale UPW',
      isDemo: false,
      address: null,
      phone: null,
      email: null,
      today: '2026-11-26',
    });
    const conflict = {
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'This office is already set up; its data have been kept as they are.',
      },
    };
    expect(await core.call('office.setUp', { name: 'Another' })).toEqual(conflict);
    expect(await core.call('office.loadDemo', { scale: 'office' })).toEqual(conflict);
    expect(rowsOf(core, 'SELECT id, name, is_demo FROM office')).toEqual([
      { id: 1, name: 'Northvale UPW', is_demo: 0 },
    ]);
    expect(countRows(core, 'people')).toBe(0);
    expect(countRows(core, 'courts')).toBe(0);
  });

  it('loads a demonstration office only into an empty data folder', async () => {
    await core.ok('courts.save', { name: 'Eastbridge Crown Court', kind: 'CROWN' });
    expect(await core.call('office.loadDemo', { scale: 'office' })).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'A demonstration office can only be loaded into an empty data folder.',
      },
    });
    expect(countRows(core, 'courts')).toBe(1);
    expect(countRows(core, 'people')).toBe(0);
    expect(countRows(core, 'office')).toBe(0);
  });

  it('refuses a blank name', async () => {
    expect(await core.call('office.setUp', { name: '   ' })).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Office name is required',
        fields: { name: 'Office name is required' },
      },
    });
    expect(countRows(core, 'office')).toBe(0);
  });

  it.each([
    ['a summer night, after midnight in England', '2026-06-30T23:30:00Z', '2026-07-01'],
    ['a winter night, before midnight in England', '2026-11-26T23:30:00Z', '2026-11-26'],
    ['a winter morning', '2026-11-27T00:30:00Z', '2026-11-27'],
  ])('counts today in England on %s', async (_name, instant, today) => {
    const own = await createCore({
      dataDir: tempDir(),
      migrationsDir,
      clock: fixedClock(instant),
      log: () => {},
    });
    try {
      expect(await own.dispatch('office.get', {})).toEqual({
        ok: true,
        value: {
          setUp: false,
          name: null,
          isDemo: false,
          address: null,
          phone: null,
          email: null,
          today,
        },
      });
    } finally {
      own.close();
    }
  });
});

describe('courts and staff', () => {
  let core: TestCore;
  let office: Awaited<ReturnType<typeof smallOffice>>;
  beforeEach(async () => {
    core = await testCore();
    office = await smallOffice(core);
  });
  afterEach(() => core.close());

  it('refuses a second court of the same name, whatever its case', async () => {
    const message = 'Court name "northvale crown court" is already in the list';
    expect(
      await core.call('courts.save', { name: 'northvale crown court', kind: 'CROWN' }),
    ).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message, fields: { name: message } },
    });
    expect(countRows(core, 'courts')).toBe(2);
  });

  it('renames a court, keeping its own name free to itself', async () => {
    const saved = await core.ok('courts.save', { ...office.crown, name: 'Northvale Crown Court' });
    expect(saved).toEqual({ ...office.crown, liveOrders: 0 });
    const renamed = await core.ok('courts.save', {
      ...office.crown,
      name: 'Eastbrook Crown Court',
    });
    expect(renamed.name).toBe('Eastbrook Crown Court');
    expect(await core.call('courts.save', { id: 77, name: 'Nowhere', kind: 'CROWN' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The court was not found. It may have been removed.' },
    });
  });

  it('refuses a member of staff with a bad email, naming it', async () => {
    const envelope = await core.call('staff.save', {
      name: 'Kelly Green',
      role: 'CASE_ADMINISTRATOR',
      email: 'kelly.green',
    });
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Email must look like name@example.org',
        fields: { email: 'Email must look like name@example.org' },
      },
    });
    expect(countRows(core, 'staff')).toBe(2);
  });

  it('lists staff of one role, in post first', async () => {
    await core.ok('staff.save', { ...office.caseManager, active: false });
    await core.ok('staff.save', {
      name: 'Gary Moore',
      role: 'SUPERVISOR',
      email: 'gary@example.org',
    });
    const managers = await core.ok('staff.list', { role: 'CASE_MANAGER' });
    expect(managers.map((s) => [s.name, s.active])).toEqual([
      ['David Price', true],
      ['Sarah Hughes', false],
    ]);
  });
});

describe('the demonstration office', () => {
  let first: TestCore;
  let second: TestCore;
  let counts: { people: number; orders: number; courts: number; staff: number };

  beforeAll(async () => {
    first = await testCore();
    second = await testCore();
    counts = await first.ok('office.loadDemo', { scale: 'office' });
  }, 60_000);
  afterAll(() => {
    first.close();
    second.close();
  });

  it('fills the office and reports what it made', async () => {
    expect(counts.courts).toBe(5);
    expect(counts.staff).toBe(56);
    expect(counts.people).toBeGreaterThan(0);
    expect(counts.orders).toBeGreaterThan(counts.people / 2);
    expect(countRows(first, 'people')).toBe(counts.people);
    expect(countRows(first, 'orders')).toBe(counts.orders);
    expect(countRows(first, 'courts')).toBe(counts.courts);
    expect(countRows(first, 'staff')).toBe(counts.staff);
    expect(await first.ok('office.get', {})).toMatchObject({
      setUp: true,
      name: 'Northvale Unpaid Work',
      isDemo: true,
    });
  });

  it('is the same office every time for the same day', async () => {
    expect(await second.ok('office.loadDemo', {})).toEqual(counts);
    expect(await second.ok('office.dashboard', {})).toEqual(await first.ok('office.dashboard', {}));
    const fingerprint =
      'SELECT COUNT(*) AS n, SUM(hours_ordered_minutes) AS ordered, SUM(credited_minutes) AS credited, MAX(end_date) AS lastEnd FROM orders';
    expect(rowsOf(second, fingerprint)).toEqual(rowsOf(first, fingerprint));
  });

  it('refuses to load twice', async () => {
    expect(await first.call('office.loadDemo', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(countRows(first, 'people')).toBe(counts.people);
  });

  it('has an office-sized caseload', async () => {
    const { liveOrders, hoursOutstandingMinutes } = await first.ok('office.dashboard', {});
    expect(liveOrders).toBeGreaterThanOrEqual(450);
    expect(liveOrders).toBeLessThanOrEqual(800);
    expect(hoursOutstandingMinutes).toBeGreaterThan(0);
  });

  it('keeps every running total equal to its ledger', () => {
    const wrong = rowsOf(
      first,
      `SELECT * FROM (
         SELECT o.id, o.credited_minutes,
           (SELECT COALESCE(SUM(a.minutes), 0) FROM ledger_adjustments a WHERE a.order_id = o.id)
           + (SELECT COALESCE(SUM(b.credited_minutes), 0) FROM bookings b WHERE b.order_id = o.id) AS ledger
         FROM orders o)
       WHERE credited_minutes <> ledger`,
    );
    expect(wrong).toEqual([]);
  });

  it('obeys the order rules', () => {
    const count = (where: string) =>
      readDatabase(
        first,
        (db) =>
          (db.prepare(`SELECT COUNT(*) AS n FROM orders WHERE ${where}`).get() as { n: number }).n,
      );
    expect(count('credited_minutes > hours_ordered_minutes')).toBe(0);
    expect(count('credited_minutes < 0')).toBe(0);
    expect(count('end_date < sentence_date')).toBe(0);
    expect(count("sentence_date > '2026-11-26'")).toBe(0);
    expect(count('age_at_sentence < 16')).toBe(0);
    expect(count('age_at_sentence < 18 AND hours_ordered_minutes > 240 * 60')).toBe(0);
    expect(count('hours_ordered_minutes < 40 * 60 OR hours_ordered_minutes > 300 * 60')).toBe(0);
    expect(count("age_at_sentence >= 18 AND requirement_type = 'YOUTH_REHABILITATION_ORDER'")).toBe(
      0,
    );
    expect(count("status = 'LIVE' AND ended_on IS NOT NULL")).toBe(0);
    expect(
      count(
        "status <> 'LIVE' AND (ended_on IS NULL OR ended_on > '2026-11-26' OR ended_on < sentence_date)",
      ),
    ).toBe(0);
    expect(count("status = 'COMPLETED' AND credited_minutes <> hours_ordered_minutes")).toBe(0);
  });

  it('keeps every extended end date equal to its latest extension', () => {
    const wrong = rowsOf(
      first,
      `SELECT o.id FROM orders o JOIN order_extensions e ON e.order_id = o.id
       GROUP BY o.id HAVING o.end_date <> MAX(e.new_end_date)
         OR MIN(e.granted_on) < o.sentence_date OR MAX(e.granted_on) > '2026-11-26'`,
    );
    expect(wrong).toEqual([]);
    expect(countRows(first, 'order_extensions')).toBeGreaterThan(0);
  });

  it('dates every ledger line within its order', () => {
    const wrong = rowsOf(
      first,
      `SELECT a.id FROM ledger_adjustments a JOIN orders o ON o.id = a.order_id
       WHERE a.date < o.sentence_date OR a.date > '2026-11-26' OR a.minutes <= 0`,
    );
    expect(wrong).toEqual([]);
  });
});
