/**
 * The process the crash harness kills: a real core on the data folder, writing through the router
 * as fast as it can. Each write is reported on stdout (synchronously) only after its envelope
 * came back ok, so every reported id was committed before the line was written.
 *
 * Arguments: dataDir migrationsDir seed trial.
 */
import fs from 'node:fs';
import { createCore } from '../../electron/core';
import { seededRandom } from '../../electron/core/demo/random';

const [dataDir, migrationsDir, seedText, trialText] = process.argv.slice(2);
const trial = Number(trialText);
const rng = seededRandom(Number(seedText));
const password = 'correct horse battery staple';

function report(line: string) {
  fs.writeSync(1, `${line}\n`);
}

async function main() {
  if (!dataDir || !migrationsDir) throw new Error('usage: child dataDir migrationsDir seed trial');
  // Today fixed, so the dates below are always in the past.
  const clock = { now: () => new Date('2026-11-26T10:00:00Z') };
  const core = await createCore({
    dataDir,
    migrationsDir,
    clock,
    passwordCost: 2 ** 10,
    log: () => {},
  });
  const manager = { name: 'Crash Manager', username: 'manager', password };
  await core.dispatch('auth.setUpFirstManager', manager);
  const signedIn = await core.dispatch('auth.signIn', { username: 'manager', password });
  if (!signedIn.ok) throw new Error(`sign in: ${signedIn.error.message}`);
  const token = (signedIn.value as { token: string }).token;
  const call = async (name: string, input: unknown) => {
    const envelope = await core.dispatch(name, input, token);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value as { id: number };
  };

  if (trial === 0) await call('office.setUp', { name: 'Crash Test Office' });
  const caseManager = await call('staff.save', {
    name: `Case Manager ${trial}`,
    role: 'CASE_MANAGER',
  });
  const court = await call('courts.save', { name: `Court of trial ${trial}`, kind: 'MAGISTRATES' });
  report(`court ${court.id}`);
  report('ready');

  const people: number[] = [];
  const orders: number[] = [];
  for (let n = 0; ; n++) {
    const roll = rng.next();
    const tag = `t${trial}-n${n}`;
    if (roll < 0.05) {
      const saved = await call('courts.save', { name: `Court ${tag}`, kind: 'CROWN' });
      report(`court ${saved.id}`);
    } else if (roll < 0.3 || people.length === 0) {
      const person = await call('people.create', {
        familyName: 'Crash',
        givenNames: tag,
        dateOfBirth: '1990-05-01',
        caseReference: `CR-${tag}`,
        gender: 'FEMALE',
        ethnicity: 'WHITE_BRITISH',
        disability: 'NO',
        religion: 'NONE',
        firstLanguage: 'English',
        interpreterNeeded: false,
        caseManagerId: caseManager.id,
      });
      people.push(person.id);
      report(`person ${person.id}`);
    } else if (roll < 0.55 || orders.length === 0) {
      const personId = rng.pick(people);
      const order = await call('orders.create', {
        personId,
        courtId: court.id,
        sentenceDate: '2026-01-15',
        hours: 300,
        requirementType: 'COMMUNITY_ORDER',
        offenceCategory: 'THEFT',
        offence: 'Theft from a shop',
      });
      orders.push(order.id);
      report(`order ${order.id} ${personId}`);
    } else {
      const orderId = rng.pick(orders);
      const minutes = rng.int(1, 60);
      await call('orders.creditAdjustment', { orderId, date: '2026-02-01', minutes, reason: tag });
      report(`credit ${orderId} ${tag} ${minutes}`);
    }
  }
}

main().catch((error: unknown) => {
  fs.writeSync(2, `${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
