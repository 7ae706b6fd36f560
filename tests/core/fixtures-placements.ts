import type { InputOf } from '../../shared/contract';
import { personInput, smallOffice, type TestCore } from '../support/core';
import { orderInput } from './helpers';

/**
 * Fixtures for risk of harm, induction, placements, sessions and allocation: a small office
 * with Unpaid Work staff, and builders whose defaults make a person fit a Saturday-morning
 * garden placement in Northvale.
 */
export type Office = Awaited<ReturnType<typeof placementOffice>>;

/** The small office plus a supervisor and a case administrator in post. */
export async function placementOffice(core: TestCore) {
  const office = await smallOffice(core);
  const supervisor = await core.ok('staff.save', { name: 'Gareth Lewis', role: 'SUPERVISOR' });
  const administrator = await core.ok('staff.save', {
    name: 'Priya Shah',
    role: 'CASE_ADMINISTRATOR',
  });
  return { ...office, supervisor, administrator };
}

export function placementInput(
  overrides: Partial<InputOf<'placements.save'>> = {},
): InputOf<'placements.save'> {
  return {
    name: 'Riverside Garden',
    beneficiary: 'Riverside Community Trust',
    contactName: 'Helen Moss',
    address: '1 River Lane, Northvale',
    area: 'Northvale',
    type: 'GROUP',
    sessions: ['SAT_MORNING'],
    startTime: '09:00',
    endTime: '13:00',
    capacity: 6,
    maxRiskLevel: 'MEDIUM',
    excludedFlags: [],
    suits: [],
    features: ['BENEFICIARY_CONTACT'],
    skills: ['GARDENING'],
    transportProvided: false,
    healthAndSafetyAssessedOn: '2026-06-01',
    healthAndSafetyReviewDue: '2027-06-01',
    ...overrides,
  };
}

export function assessment(
  orderId: number,
  overrides: Partial<InputOf<'risk.record'>> = {},
): InputOf<'risk.record'> {
  return {
    orderId,
    level: 'LOW',
    flags: [],
    restrictions: [],
    kind: 'FULL',
    assessor: 'Sarah Hughes',
    assessedOn: '2026-11-20',
    ...overrides,
  };
}

export function induction(
  orderId: number,
  inductedBy: number,
  overrides: Partial<InputOf<'induction.record'>> = {},
): InputOf<'induction.record'> {
  return {
    orderId,
    inductedOn: '2026-11-23',
    inductedBy,
    availability: ['SAT_MORNING', 'SUN_MORNING'],
    wheelchairUser: false,
    transport: 'PUBLIC',
    homeArea: 'Northvale',
    reading: 'NO_DIFFICULTY',
    writing: 'NO_DIFFICULTY',
    numeracy: 'NO_DIFFICULTY',
    skills: ['GARDENING'],
    employabilityNeed: false,
    preference: 'NONE',
    clothingSize: 'L',
    footwearSize: '10',
    healthAndSafetyBriefed: true,
    ...overrides,
  };
}

let references = 0;

/** A new person with one live order; `person` and `order` override the defaults. */
export async function newOrder(
  core: TestCore,
  office: Office,
  options: {
    person?: Record<string, unknown>;
    order?: Partial<InputOf<'orders.create'>>;
  } = {},
) {
  references += 1;
  const person = await core.ok(
    'people.create',
    personInput(office.caseManager.id, {
      caseReference: `NV3${String(references).padStart(5, '0')}`,
      ...options.person,
    }),
  );
  return core.ok('orders.create', orderInput(person.id, office.magistrates.id, options.order));
}

/** An order with a risk of harm assessment and an induction: ready to allocate. */
export async function readyOrder(
  core: TestCore,
  office: Office,
  options: {
    person?: Record<string, unknown>;
    order?: Partial<InputOf<'orders.create'>>;
    risk?: Partial<InputOf<'risk.record'>>;
    induction?: Partial<InputOf<'induction.record'>>;
  } = {},
) {
  const order = await newOrder(core, office, options);
  await core.ok('risk.record', assessment(order.id, options.risk));
  await core.ok('induction.record', induction(order.id, office.supervisor.id, options.induction));
  return order;
}

/** A register row for someone who attended and complied, 09:00 to 13:00. */
export function attended(
  orderId: number,
  overrides: Partial<InputOf<'sessions.recordRegister'>['rows'][number]> = {},
): InputOf<'sessions.recordRegister'>['rows'][number] {
  return {
    orderId,
    outcome: 'ATTC',
    arrivedAt: '09:00',
    leftAt: '13:00',
    penaltyMinutes: 0,
    workQuality: 'GOOD',
    behaviour: 'GOOD',
    ...overrides,
  };
}

/** The VALIDATION envelope the router gives for these field messages. */
export function validation(fields: Record<string, string>, heading?: string) {
  const messages = Object.values(fields);
  const details =
    messages.length === 1
      ? messages[0]
      : `Please check ${messages.length} fields: ${messages.join('; ')}`;
  const message = heading ? `${heading}. ${details}` : details;
  return { ok: false, error: { code: 'VALIDATION', message, fields } };
}

export function rule(message: string) {
  return { ok: false, error: { code: 'RULE', message } };
}

/** A session input at a placement, on Saturday 21/11/2026 from 09:00 to 13:00, for 12. */
export function sessionInput(
  placementId: number,
  leaderId: number,
  overrides: Partial<InputOf<'sessions.create'>> = {},
): InputOf<'sessions.create'> {
  return {
    placementId,
    date: '2026-11-21',
    startTime: '09:00',
    endTime: '13:00',
    leaderId,
    capacity: 12,
    ...overrides,
  };
}

/** A live order with a risk of harm assessment (no induction), for a person of this family name. */
export async function assessedOrder(
  core: TestCore,
  office: Office,
  familyName = 'Walker',
  order: Partial<InputOf<'orders.create'>> = {},
) {
  const created = await newOrder(core, office, { person: { familyName }, order });
  await core.ok('risk.record', assessment(created.id));
  return created.id;
}

/**
 * Two group placements and two that are never offered. Canal Clean-up (id 1, Eastgate, Saturday
 * and Sunday mornings) and Riverside Garden (id 2): the default person scores 4 and 32 on them.
 */
export async function allocationPlacements(core: TestCore) {
  const canal = await core.ok(
    'placements.save',
    placementInput({
      name: 'Canal Clean-up',
      area: 'Eastgate',
      sessions: ['SAT_MORNING', 'SUN_MORNING'],
      skills: [],
      features: [],
    }),
  );
  const garden = await core.ok('placements.save', placementInput());
  const ppws = await core.ok(
    'placements.save',
    placementInput({ name: 'Depot PPWS', type: 'INDUCTION_PPWS' }),
  );
  const closed = await core.ok(
    'placements.save',
    placementInput({ name: 'Old Library', active: false }),
  );
  return { canal: canal.id, garden: garden.id, ppws: ppws.id, closed: closed.id };
}

export const gardenReasons = [
  'Skills: Gardening and grounds',
  'Same area (Northvale)',
  'Contact with beneficiaries',
  'Available for 1 of its session times',
];

const ppwsSessions = new WeakMap<TestCore, number>();

/** Takes an order through a Pre Placement Work Session (attended), so a batch proposal includes it. */
export async function throughPpws(core: TestCore, office: Office, orderId: number) {
  let sessionId = ppwsSessions.get(core);
  if (sessionId === undefined) {
    const room = await core.ok(
      'placements.save',
      placementInput({
        name: 'Unpaid Work Centre',
        type: 'INDUCTION_PPWS',
        sessions: ['MON_MORNING'],
        capacity: 60,
        maxRiskLevel: 'VERY_HIGH',
        suits: ['SUITABLE_16_17', 'WHEELCHAIR_ACCESS'],
      }),
    );
    const session = await core.ok(
      'sessions.create',
      sessionInput(room.id, office.supervisor.id, { date: '2026-11-23', capacity: 60 }),
    );
    sessionId = session.id;
    ppwsSessions.set(core, sessionId);
  }
  await core.ok('sessions.book', { sessionId, orderId });
  await core.ok('sessions.recordRegister', { sessionId, rows: [attended(orderId)] });
}
