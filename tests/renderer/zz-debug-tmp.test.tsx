import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '../../renderer/api/session';
import { inProcessTransport } from '../../renderer/api/transport';
import { App } from '../../renderer/app/App';
import { personInput, smallOffice, testCore, type TestCore } from '../support/core';

let core: TestCore;

beforeEach(async () => {
  core = await testCore();
  window.location.hash = '';
});
afterEach(() => core.close());

function count(table: string): number {
  const db = new Database(core.databaseFile, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function renderApp() {
  session.set(core.token);
  return render(<App transport={inProcessTransport(core)} />);
}

describe('first run', () => {
  it('refuses an empty office name before sending, then starts an empty office', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Start empty' }));
    expect(await screen.findByText('Office name is required')).toBeInTheDocument();
    expect(count('office')).toBe(0);

    await user.type(screen.getByLabelText(/Office name/), 'Eastbridge Unpaid Work');
    await user.click(screen.getByRole('button', { name: 'Start empty' }));
    expect(await screen.findByRole('heading', { name: 'Home' })).toBeInTheDocument();
    expect((await core.ok('office.get', {})).name).toBe('Eastbridge Unpaid Work');
  });
});

describe('home page', () => {
  it('shows the figures the backend computes', async () => {
    const office = await smallOffice(core);
    const person = await core.ok('people.create', personInput(office.caseManager.id));
    const order = await core.ok('orders.create', {
      personId: person.id,
      courtId: office.magistrates.id,
      sentenceDate: '2026-01-10',
      hours: 120,
      requirementType: 'COMMUNITY_ORDER',
      offenceCategory: 'THEFT',
      offence: 'Theft from a shop',
    });
    await core.ok('orders.creditAdjustment', {
      orderId: order.id,
      date: '2026-03-01',
      minutes: 150,
      reason: 'Transfer in',
    });
    renderApp();
    const live = (await screen.findByText('Live orders')).closest('a')!;
    await waitFor(() => expect(within(live).getByText('1')).toBeInTheDocument());
    const outstanding = screen.getByText('Hours outstanding').closest('a')!;
    // 120 h ordered − 2 h 30 m credited.
    expect(within(outstanding).getByText('117 h 30 m')).toBeInTheDocument();
    // Credited hours or not, nobody has inducted this person yet.
    const waiting = screen.getByText('Waiting for induction').closest('a')!;
    expect(within(waiting).getByText('1')).toBeInTheDocument();
  });
});

describe('registering a person', () => {
  it('names each missing field before sending and writes nothing', async () => {
    await smallOffice(core);
    const user = userEvent.setup();
    window.location.hash = '#/people';
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Register a person' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(await within(dialog).findByText('Family name is required')).toBeInTheDocument();
    expect(within(dialog).getByText('Given names is required')).toBeInTheDocument();
    expect(within(dialog).getByText('Case reference is required')).toBeInTheDocument();
    expect(count('people')).toBe(0);
  });

  it('shows the backend’s refusal of a duplicate case reference next to the field', async () => {
    const office = await smallOffice(core);
    await core.ok(
      'people.create',
      personInput(office.caseManager.id, { caseReference: 'NV300001' }),
    );
    const user = userEvent.setup();
    window.location.hash = '#/people';
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Register a person' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Family name/), 'Osei');
    await user.type(within(dialog).getByLabelText(/Given names/), 'Kwame');
    await user.type(within(dialog).getByLabelText(/Case reference/), 'nv300001');
    const dob = within(dialog).getByRole('group', { name: /Date of birth/ });
    await user.click(dob);
    await user.keyboard('02021990');
    for (const [label, option] of [
      ['Case manager', 'Sarah Hughes'],
      ['Gender', 'Male'],
      [
        'Ethnicity (2021 census)',
        'Black, Black British, Black Welsh, Caribbean or African: African',
      ],
      ['Religion', 'Christian'],
    ] as const) {
      await user.click(
        within(dialog).getByRole('combobox', {
          name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`),
        }),
      );
      await user.click(await screen.findByRole('option', { name: option }));
    }
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(
      await within(dialog).findByText('Case reference NV300001 is already used by Walker, Jordan'),
    ).toBeInTheDocument();
    expect(count('people')).toBe(1);
  });
});

describe('registering an order', () => {
  it('refuses 250 hours for a 17-year-old in the form, then registers 240 and shows the order', async () => {
    const office = await smallOffice(core);
    const person = await core.ok(
      'people.create',
      personInput(office.caseManager.id, { dateOfBirth: '2009-05-01' }),
    );
    const user = userEvent.setup();
    window.location.hash = `#/people/${person.id}`;
    renderApp();
    { const t0 = Date.now(); await user.click(await screen.findByRole('button', { name: 'Register an order' }, { timeout: 20000 })); console.log('FOUND AFTER', Date.now() - t0); }
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: /^Court/ }));
    await user.click(await screen.findByRole('option', { name: "Northvale Magistrates' Court" }));
    await user.click(within(dialog).getByRole('group', { name: /Sentence date/ }));
    await user.keyboard('02112026');
    await user.type(within(dialog).getByLabelText(/Hours ordered/), '250');
    await user.click(within(dialog).getByRole('combobox', { name: /^Offence category/ }));
    await user.click(await screen.findByRole('option', { name: 'Criminal damage and arson' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Offence/ }),
      'Criminal damage under £5,000',
    );
    expect(within(dialog).getByText('40 to 240 hours at this age')).toBeInTheDocument();
    expect(within(dialog).getByText(/End date: 02\/11\/2027/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Register order' }));
    expect(
      await within(dialog).findByText(
        'Hours must be from 40 to 240 for a person aged 17 at sentence',
      ),
    ).toBeInTheDocument();
    expect(count('orders')).toBe(0);

    // A youth is sentenced under a youth rehabilitation order.
    await user.click(within(dialog).getByRole('combobox', { name: /^Requirement type/ }));
    await user.click(await screen.findByRole('option', { name: 'Youth rehabilitation order' }));
    const hours = within(dialog).getByLabelText(/Hours ordered/);
    await user.clear(hours);
    await user.type(hours, '240');
    await user.click(within(dialog).getByRole('button', { name: 'Register order' }));
    expect(await screen.findByRole('heading', { name: 'Order of 02/11/2026' })).toBeInTheDocument();
    const db = new Database(core.databaseFile, { readonly: true });
    const row = db
      .prepare('SELECT hours_ordered_minutes, end_date, age_at_sentence FROM orders')
      .get();
    db.close();
    expect(row).toEqual({
      hours_ordered_minutes: 14_400,
      end_date: '2027-11-02',
      age_at_sentence: 17,
    });
    expect(
      screen.getByText('No hours credited yet. Work sessions and adjustments will appear here.'),
    ).toBeInTheDocument();
  });
});
