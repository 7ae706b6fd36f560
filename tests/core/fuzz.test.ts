import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procedureNamed } from '../../shared/contract';
import { accountRoles, type AccountRole } from '../../shared/contract/procedure';
import type { Envelope } from '../../shared/errors';
import { defaultPolicy } from '../../shared/policy';
import { personInput, testCore, testPassword, type TestCore } from '../support/core';
import {
  assessment,
  attended,
  induction,
  newOrder,
  placementInput,
  placementOffice,
  sessionInput,
} from './fixtures-placements';
import { orderInput } from './helpers';
import { cloneable, keysOf, nasty, shaped, wrongValues } from './fuzz-inputs';
import { everyProcedure, rowCountsIn } from './security-support';

/**
 * Every procedure gets random and malformed input, as the manager of a small office: the answer
 * is never INTERNAL, dispatch never throws, and a refusal writes nothing. Seeds are fixed.
 */
const seed = 20_261_126;
const runs = 30;

let core: TestCore;
let reader: Database.Database;
let token: string;
const tokens = {} as Record<AccountRole, string>;
let bases: Record<string, unknown> = {};

async function signInManager() {
  const envelope = await core.call('auth.signIn', { username: 'manager', password: testPassword });
  if (!envelope.ok) throw new Error(`The manager cannot sign in: ${envelope.error.message}`);
  return envelope.value.token;
}

beforeAll(async () => {
  core = await testCore();
  const office = await placementOffice(core);
  const order = await newOrder(core, office);
  const placement = await core.ok('placements.save', placementInput());
  const session = await core.ok(
    'sessions.create',
    sessionInput(placement.id, office.supervisor.id, { capacity: 6 }),
  );
  for (const role of accountRoles) tokens[role] = await core.signInAs(role, `fuzz.${role}`);
  const cara = (await core.ok('accounts.list', {})).find((a) => a.role === 'CASE_ADMINISTRATOR')!;
  token = await signInManager();
  reader = new Database(core.databaseFile, { readonly: true });
  const orderId = order.id;
  // Valid inputs, so that changing one key at a time reaches the handlers' own checks.
  // Its own order, so that ending the other one in the fuzzing does not stop its supervision.
  const supervised = (await newOrder(core, office)).id;
  bases = {
    'auth.setUpFirstManager': { name: 'Fuzz', username: 'fuzz', password: 'long enough words' },
    'auth.signIn': { username: 'nobody.here', password: 'not a password' },
    'accounts.save': {
      username: 'fuzz.user',
      name: 'Fuzz User',
      role: 'CASE_ADMINISTRATOR',
      password: 'long enough words',
    },
    'accounts.setPassword': { accountId: cara.id, newPassword: 'another long password' },
    'audit.search': { procedure: 'people.get', page: 0, pageSize: 5 },
    'audit.export': { from: '2026-11-01', to: '2026-11-30' },
    'office.setUp': { name: 'Another office' },
    'office.loadDemo': { scale: 'office' },
    'courts.save': { name: 'Fuzz Crown Court', kind: 'CROWN' },
    'staff.save': { name: 'Fuzz Staff', role: 'SUPERVISOR' },
    'people.create': personInput(office.caseManager.id, { caseReference: 'NV900001' }),
    'people.update': { ...personInput(office.caseManager.id), id: order.personId },
    'people.get': { id: order.personId },
    'people.list': { search: 'Walker', page: 0, pageSize: 10 },
    'orders.create': orderInput(order.personId, office.magistrates.id),
    'orders.get': { id: orderId },
    'orders.extend': { orderId, grantedOn: '2026-11-20', newEndDate: '2027-04-15', reason: 'Ill' },
    'orders.creditAdjustment': { orderId, date: '2026-02-01', minutes: 60, reason: 'Transfer' },
    'risk.record': assessment(orderId),
    'risk.history': { orderId },
    'induction.record': induction(orderId, office.supervisor.id),
    'induction.latest': { orderId },
    'placements.save': placementInput({ name: 'Fuzz Garden' }),
    'placements.get': { id: placement.id },
    'placements.reviewHealthAndSafety': {
      id: placement.id,
      assessedOn: '2026-11-01',
      reviewDue: '2027-11-01',
    },
    'sessions.create': sessionInput(placement.id, office.supervisor.id, { capacity: 6 }),
    'sessions.get': { id: session.id },
    'sessions.book': { sessionId: session.id, orderId },
    'sessions.unbook': { sessionId: session.id, orderId },
    'sessions.recordRegister': { sessionId: session.id, rows: [attended(orderId)] },
    'allocation.options': { orderId },
    'allocation.allocate': { orderId, placementId: placement.id, reason: 'Near home' },
    'allocation.accept': { assignments: [{ orderId, placementId: placement.id }] },
    'policy.current': { on: '2026-12-01' },
    'policy.change': { effectiveFrom: '2026-12-01', values: defaultPolicy, reason: 'Fuzz' },
    'rota.generate': { from: '2026-11-28', to: '2026-12-05' },
    'rota.forSession': { sessionId: session.id },
    'rota.assignSupervisor': { sessionId: session.id, staffId: office.supervisor.id },
    'rota.removeSupervisor': { sessionId: session.id, staffId: office.supervisor.id },
    'rota.forecast': { days: 14 },
    'supervisors.list': { on: '2026-12-01' },
    'supervisors.get': { id: office.supervisor.id },
    'supervisors.saveRota': {
      staffId: office.supervisor.id,
      gender: 'MALE',
      workingSlots: ['SAT_MORNING'],
    },
    'supervisors.addAbsence': {
      staffId: office.supervisor.id,
      kind: 'SICKNESS',
      fromDate: '2026-12-01',
      toDate: '2026-12-02',
    },
    'supervisors.removeAbsence': { absenceId: 1 },
    'supervisors.recordTraining': {
      staffId: office.supervisor.id,
      kind: 'FIRST_AID',
      completedOn: '2026-11-01',
      expiresOn: '2029-11-01',
    },
    'office.saveLetterhead': { address: '4 Market Street', phone: '01632 960100', email: null },
    'enforcement.decide': { bookingId: 1, decision: 'WARNING', reason: 'No reason given' },
    'enforcement.history': { orderId },
    'enforcement.recent': { limit: 10 },
    'enforcement.letter': { decisionId: 1 },
    'endings.end': { orderId, kind: 'REVOKED', endedOn: '2026-11-20', reason: 'Revoked' },
    'endings.recordExitInterview': {
      orderId,
      interviewedOn: '2026-11-20',
      whatTheyDid: 'Gardening',
      whatTheyLearned: 'Tools',
      skillsGained: ['GARDENING'],
      treatmentRating: 4,
      workWorthwhile: 'YES',
      willVolunteer: 'NO',
      offeredPaidWork: false,
      furtherOffence: 'NO',
    },
    'endings.forOrder': { orderId },
    'endings.missingExitInterviews': { search: 'Walker', page: 0, pageSize: 10 },
    'endings.readyToComplete': { sortField: 'personName', page: 0, pageSize: 10 },
    'supervision.forOrder': { orderId: supervised },
    'supervision.savePlan': {
      orderId: supervised,
      agreedOn: '2026-11-02',
      objectives: 'Attend every session',
      reviewEveryWeeks: 4,
    },
    'supervision.addReview': { orderId: supervised, reviewedOn: '2026-11-20', progress: 'Good' },
    'supervision.addNote': {
      orderId: supervised,
      author: 'SUPERVISOR',
      text: 'Late again',
      alertCaseManager: true,
    },
    'supervision.reviewsDue': { page: 0, pageSize: 10 },
    'supervision.alerts': { open: true, page: 0, pageSize: 10 },
    'supervision.markAlertSent': { id: 1 },
    'incidents.report': {
      sessionId: session.id,
      kind: 'ACCIDENT',
      occurredAt: '10:00',
      whatHappened: 'Cut a hand',
      peopleInvolved: 'One person on the order',
      injuries: 'Small cut',
      firstAidGiven: true,
      actionTaken: 'Dressed',
      reportedTo: 'Site contact',
      reportedOn: '2026-11-21',
    },
    'incidents.list': { from: '2026-11-01', to: '2026-11-30' },
    'incidents.forSession': { sessionId: session.id },
    'board.report': { kind: 'QUARTER', from: '2026-07-01' },
    'board.exportXlsx': { kind: 'QUARTER', from: '2026-07-01' },
    'board.exportCsv': {
      period: { kind: 'QUARTER', from: '2026-07-01' },
      tableId: 'diversity-totals',
    },
    'board.targets': { year: 2026 },
    'board.saveTarget': {
      year: 2026,
      dimension: 'ETHNICITY',
      groupCode: 'White',
      feature: 'SKILLS_LEARNING',
      targetPercent: 60,
    },
    'board.removeTarget': { id: 1 },
    'surveys.record': {
      placementId: placement.id,
      surveyedOn: '2026-11-20',
      respondent: 'Helen Moss',
      qualityRating: 4,
      communicationRating: 5,
      wouldTakeAgain: 'YES',
      valueToThem: 'Raised beds built',
      comments: 'More on Saturdays',
    },
    'surveys.list': { from: '2026-11-01', to: '2026-11-30', placementId: placement.id },
    'surveys.forPlacement': { placementId: placement.id },
    'notices.preview': { courtId: office.magistrates.id, from: '2026-11-01', to: '2026-11-26' },
    'notices.issue': {
      courtId: office.magistrates.id,
      from: '2026-11-01',
      to: '2026-11-26',
      actions: 'Recruiting two supervisors',
      signedOffBy: 'Helen Carter',
      signedOffRole: 'UPW manager',
    },
    'notices.list': { page: 0, pageSize: 10 },
    'notices.get': { id: 1 },
  };
});

afterAll(() => {
  reader?.close();
  core?.close();
});

const show = (input: unknown) => {
  const text = fc.stringify(input);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

/** One call: never thrown, never INTERNAL, a well-formed error, and no rows added or removed on a refusal. */
async function check(name: string, input: unknown, as: string, refusedAs?: AccountRole) {
  const before = rowCountsIn(reader);
  let envelope: Envelope<unknown>;
  try {
    envelope = await core.dispatch(name, input, as);
  } catch (error) {
    throw new Error(`${name} threw for ${show(input)}: ${String(error)}`, { cause: error });
  }
  if (refusedAs) {
    expect(envelope, `${name} as ${refusedAs}`).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  }
  if (!envelope.ok) {
    const { code, message, fields } = envelope.error;
    expect(code, `${name} for ${show(input)}: ${message}`).not.toBe('INTERNAL');
    expect(typeof message).toBe('string');
    if (fields) for (const text of Object.values(fields)) expect(typeof text).toBe('string');
    expect(rowCountsIn(reader), `${name} refused (${code}) but wrote, for ${show(input)}`).toEqual(
      before,
    );
  }
  // Signing out, or a change to the manager's account, ends the session: sign in again.
  if (!refusedAs) {
    const status = await core.dispatch('auth.status', {}, token);
    if (status.ok && !(status.value as { account: unknown }).account) token = await signInManager();
  }
}

const names = everyProcedure.map(([name]) => name);

describe('every procedure, fuzzed', () => {
  it.each(names.map((name, i) => [name, i] as const))(
    '%s',
    async (name, i) => {
      const procedure = procedureNamed(name)!;
      const options = { seed: seed + i, numRuns: runs };
      const keys = keysOf(procedure.input);
      const base = (bases[name] ?? {}) as Record<string, unknown>;
      // Anything at all that JSON carries, and anything shaped like the schema.
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.anything({ maxDepth: 3 }), nasty), async (input) =>
          check(name, JSON.parse(JSON.stringify(input ?? null)), token),
        ),
        options,
      );
      await fc.assert(
        fc.asyncProperty(shaped(procedure.input), async (input) => check(name, input, token)),
        options,
      );
      // A valid input with one key of the wrong type, or nasty.
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...(keys.length ? keys : ['unexpected'])),
          fc.oneof(fc.constantFrom(...wrongValues), nasty),
          async (key, value) => check(name, { ...base, [key]: value }, token),
        ),
        options,
      );
      // What Electron's IPC could carry, besides JSON.
      await fc.assert(
        fc.asyncProperty(cloneable, async (input) => check(name, input, token)),
        { seed: seed + i, numRuns: 10 },
      );
      // Random input from a role that may not call it: FORBIDDEN, and nothing written.
      const refused = accountRoles.filter(
        (r) => procedure.roles !== 'public' && !procedure.roles.includes(r),
      );
      if (refused.length) {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...refused), shaped(procedure.input), (role, input) =>
            check(name, input, tokens[role], role),
          ),
          { seed: seed + i, numRuns: 10 },
        );
      }
    },
    30_000,
  );
});
