import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '../../renderer/api/session';
import { inProcessTransport } from '../../renderer/api/transport';
import { App } from '../../renderer/app/App';
import type { InputOf } from '../../shared/contract';
import { personInput, smallOffice, testCore, type TestCore } from '../support/core';

let core: TestCore;

// Each save refreshes every open read before the dialog closes; a busy machine needs more than 1 s.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  core = await testCore();
  window.location.hash = '';
});
afterEach(() => core.close());

function rows(sql: string): unknown[] {
  const db = new Database(core.databaseFile, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

/** Pointer checks walk the styles of every ancestor: too slow for the long forms here. */
const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

/** Types a whole value at once, as pasting would. */
async function fill(user: ReturnType<typeof setupUser>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

function renderApp() {
  session.set(core.token);
  return render(<App transport={inProcessTransport(core)} />);
}

const placement = {
  beneficiary: 'Northvale Borough Council',
  contactName: 'Ann Lewis',
  address: '1 Park Road, Northvale',
  area: 'Northvale',
  sessions: ['SAT_MORNING', 'SAT_AFTERNOON'],
  startTime: '09:00',
  endTime: '16:00',
  capacity: 6,
  maxRiskLevel: 'MEDIUM',
  excludedFlags: [],
  suits: [],
  features: ['VISIBLE_REPARATION'],
  skills: ['GARDENING'],
  transportProvided: false,
  healthAndSafetyAssessedOn: '2026-06-01',
  healthAndSafetyReviewDue: '2027-06-01',
} satisfies Partial<InputOf<'placements.save'>>;

/** An office with a live order sentenced on 20/11/2026 and three group or individual placements. */
async function officeWithOrder() {
  const office = await smallOffice(core);
  const supervisor = await core.ok('staff.save', { name: 'Tom Reid', role: 'SUPERVISOR' });
  const person = await core.ok('people.create', personInput(office.caseManager.id));
  const order = await core.ok('orders.create', {
    personId: person.id,
    courtId: office.magistrates.id,
    sentenceDate: '2026-11-20',
    hours: 120,
    requirementType: 'COMMUNITY_ORDER',
    offenceCategory: 'THEFT',
    offence: 'Theft from a shop',
  });
  await core.ok('placements.save', { ...placement, name: 'Park garden', type: 'GROUP' });
  await core.ok('placements.save', {
    ...placement,
    name: 'Canal towpath',
    type: 'GROUP',
    skills: [],
  });
  await core.ok('placements.save', {
    ...placement,
    name: 'Charity shop',
    type: 'INDIVIDUAL',
    maxRiskLevel: 'LOW',
  });
  await core.ok('placements.save', {
    ...placement,
    name: 'Riverside clean-up',
    type: 'GROUP',
    excludedFlags: ['VIOLENCE'],
  });
  return { ...office, supervisor, order };
}

/** A medium-risk assessment with a violence flag, and an induction: Saturdays, gardening. */
async function assessAndInduct(orderId: number, supervisorId: number) {
  await core.ok('risk.record', {
    orderId: orderId,
    level: 'MEDIUM',
    flags: ['VIOLENCE'],
    restrictions: [],
    kind: 'FULL',
    assessor: 'Sarah Hughes',
    assessedOn: '2026-11-23',
  });
  await core.ok('induction.record', {
    orderId: orderId,
    inductedOn: '2026-11-24',
    inductedBy: supervisorId,
    availability: ['SAT_MORNING', 'SAT_AFTERNOON'],
    wheelchairUser: false,
    transport: 'PUBLIC',
    reading: 'NO_DIFFICULTY',
    writing: 'NO_DIFFICULTY',
    numeracy: 'NO_DIFFICULTY',
    skills: ['GARDENING'],
    employabilityNeed: false,
    preference: 'NONE',
    clothingSize: 'L',
    footwearSize: '9',
    healthAndSafetyBriefed: true,
  });
}

describe('adding a placement', () => {
  it('refuses a review date before the assessment date in the form, then saves it', async () => {
    await smallOffice(core);
    const user = setupUser();
    window.location.hash = '#/placements';
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Add a placement' }));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByLabelText(/Placement name/), 'Park garden');
    await fill(user, within(dialog).getByLabelText(/Beneficiary/), 'Northvale Borough Council');
    await fill(user, within(dialog).getByRole('textbox', { name: /^Area/ }), 'Northvale');
    await fill(user, within(dialog).getByLabelText(/^Address/), '1 Park Road');
    await fill(user, within(dialog).getByLabelText(/Contact name/), 'Ann Lewis');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Saturday morning' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Saturday afternoon' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Skills it offers' }));
    await user.click(await screen.findByRole('option', { name: 'Gardening and grounds' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Risk flags it cannot take' }));
    await user.click(await screen.findByRole('option', { name: 'Arson' }));
    await user.keyboard('{Escape}');
    await user.click(within(dialog).getByRole('group', { name: /Assessment date/ }));
    await user.keyboard('01062026');
    await user.click(within(dialog).getByRole('group', { name: /Review date/ }));
    await user.keyboard('01052026');
    await user.click(within(dialog).getByRole('button', { name: 'Save placement' }));
    expect(
      await within(dialog).findByText(
        'Health and safety review date must be after the assessment date',
      ),
    ).toBeInTheDocument();
    expect(rows('SELECT id FROM placements')).toEqual([]);

    // Clear every section of the date before typing the new one.
    await user.click(within(dialog).getByRole('group', { name: /Review date/ }));
    await user.keyboard('{Control>}a{/Control}{Backspace}01062027');
    await user.click(within(dialog).getByRole('button', { name: 'Save placement' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const grid = screen.getByRole('grid', { name: 'Placements' });
    expect(await within(grid).findByRole('button', { name: 'Park garden' })).toBeInTheDocument();
    expect(within(grid).getByText('0 of 12')).toBeInTheDocument();
    expect(
      rows(
        'SELECT name, sessions, skills, excluded_flags, health_and_safety_review_due FROM placements',
      ),
    ).toEqual([
      {
        name: 'Park garden',
        sessions: expect.stringMatching(/SAT_MORNING.*SAT_AFTERNOON/),
        skills: expect.stringContaining('GARDENING'),
        excluded_flags: expect.stringContaining('ARSON'),
        health_and_safety_review_due: '2027-06-01',
      },
    ]);
  }, 60_000);
});

describe('allocating an order', () => {
  it('refuses allocation in words when the order has no risk of harm assessment', async () => {
    const { order } = await officeWithOrder();
    window.location.hash = `#/orders/${order.id}`;
    renderApp();
    const panel = await screen.findByRole('region', { name: 'Allocation' });
    expect(
      await within(panel).findByText('No risk of harm assessment: allocation is not allowed'),
    ).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /Allocate/ })).not.toBeInTheDocument();
  });

  it('ranks the allowed placements, names why others are refused, and allocates the best', async () => {
    const { order, supervisor } = await officeWithOrder();
    await assessAndInduct(order.id, supervisor.id);
    const user = setupUser();
    window.location.hash = `#/orders/${order.id}`;
    renderApp();
    const panel = await screen.findByRole('region', { name: 'Allocation' });
    const allowed = await within(panel).findByRole('table', { name: 'Placements allowed' });
    const [, first, second] = within(allowed).getAllByRole('row');
    expect(within(first!).getByRole('rowheader')).toHaveTextContent('Park garden');
    expect(within(first!).getByText('Skills: Gardening and grounds')).toBeInTheDocument();
    expect(within(second!).getByRole('rowheader')).toHaveTextContent('Canal towpath');
    const refused = within(panel).getByRole('table', { name: 'Placements refused' });
    expect(
      within(refused).getByText("Risk level Medium is above this placement's limit of Low", {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(
      within(refused).getByText('Placement cannot take people flagged: Violence'),
    ).toBeInTheDocument();

    // A lower-ranked choice asks why, and a reason is required.
    await user.click(within(second!).getByRole('button', { name: 'Allocate to Canal towpath' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Allocate' }));
    expect(await within(dialog).findByText('Reason is required')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(rows('SELECT id FROM allocations')).toEqual([]);

    await user.click(within(first!).getByRole('button', { name: 'Allocate to Park garden' }));
    expect(await within(panel).findByText('Allocated to Park garden')).toBeInTheDocument();
    expect(rows('SELECT order_id, rank, method, reason FROM allocations')).toEqual([
      { order_id: order.id, rank: 1, method: 'SINGLE', reason: null },
    ]);
  }, 60_000);
});

describe('the waiting list', () => {
  it('proposes an allocation for everyone ready and accepts the ticked ones', async () => {
    const { order, supervisor } = await officeWithOrder();
    await assessAndInduct(order.id, supervisor.id);
    // Ready means through the Pre Placement Work Session too.
    const ppws = await core.ok('placements.save', {
      ...placement,
      name: 'Northvale Unpaid Work Centre',
      type: 'INDUCTION_PPWS',
      sessions: ['MON_MORNING'],
      skills: [],
    });
    const session = await core.ok('sessions.create', {
      placementId: ppws.id,
      date: '2026-11-23',
      startTime: '09:30',
      endTime: '13:30',
      leaderId: supervisor.id,
      capacity: 6,
    });
    await core.ok('sessions.book', { sessionId: session.id, orderId: order.id });
    await core.ok('sessions.recordRegister', {
      sessionId: session.id,
      rows: [{ orderId: order.id, outcome: 'ATTC', arrivedAt: '09:30', leftAt: '13:30' }],
    });
    const user = setupUser();
    window.location.hash = '#/waiting';
    renderApp();
    const grid = await screen.findByRole('grid', { name: 'Waiting list' });
    expect(await within(grid).findByText('Ready to allocate')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Propose allocation for everyone ready' }));
    const dialog = await screen.findByRole('dialog');
    const proposed = await within(dialog).findByRole('table', { name: 'Proposed allocations' });
    expect(within(dialog).getByText(/^1 of 1 ready to allocate can be placed/)).toBeInTheDocument();
    const tick = within(proposed).getByRole('checkbox', {
      name: 'Accept Walker, Jordan to Park garden',
    });
    expect(tick).toBeChecked();
    await user.click(tick);
    expect(within(dialog).getByRole('button', { name: 'Accept selected (0)' })).toBeDisabled();
    await user.click(tick);
    await user.click(within(dialog).getByRole('button', { name: 'Accept selected (1)' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(rows('SELECT order_id, method FROM allocations')).toEqual([
      { order_id: order.id, method: 'BATCH' },
    ]);
  }, 60_000);
});
