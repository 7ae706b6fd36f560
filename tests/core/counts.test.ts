import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personInput, smallOffice, testCore, type TestCore } from '../support/core';
import { executeBehind, orderInput } from './helpers';

// Counts made by correlated subqueries: each must count the outer row's own records, whatever
// the ids happen to be (a subquery that compared with its own table's id once passed by luck).
let core: TestCore;
let office: Awaited<ReturnType<typeof smallOffice>>;

beforeEach(async () => {
  core = await testCore();
  office = await smallOffice(core);
  const people = [];
  for (const [i, reference] of ['NV1', 'NV2', 'NV3'].entries()) {
    people.push(
      await core.ok(
        'people.create',
        personInput(office.caseManager.id, { caseReference: reference, familyName: `Person${i}` }),
      ),
    );
  }
  // Three orders at the Crown Court, one at the magistrates'; the third person's order has ended.
  for (const [person, court] of [
    [people[0]!, office.crown],
    [people[1]!, office.crown],
    [people[2]!, office.crown],
    [people[0]!, office.magistrates],
  ] as const) {
    await core.ok('orders.create', orderInput(person.id, court.id));
  }
  executeBehind(core, `UPDATE orders SET status = 'COMPLETED' WHERE person_id = ${people[2]!.id}`);
});
afterEach(() => core.close());

describe('live orders counted per row', () => {
  it('per court', async () => {
    const courts = await core.ok('courts.list', {});
    expect(courts.map((c) => [c.name, c.liveOrders])).toEqual([
      ['Northvale Crown Court', 2],
      ["Northvale Magistrates' Court", 1],
    ]);
  });

  it('per person, and the total of a live-only list', async () => {
    const page = await core.ok('people.list', { liveOnly: true });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => [r.name, r.liveOrders])).toEqual([
      ['Person0, Jordan', 2],
      ['Person1, Jordan', 1],
    ]);
  });
});
