import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { personInput, smallOffice } from '../support/core';
import {
  choose,
  gone,
  pick,
  startBrowserMode,
  typeDate,
  visible,
  type BrowserMode,
} from '../support/browser';

let app: BrowserMode;
let page: Page;
let assessed: number;
let unassessed: number;

const placement = {
  beneficiary: 'Northvale Borough Council',
  contactName: 'Ann Lewis',
  address: '1 Park Road, Northvale',
  area: 'Northvale',
  sessions: ['SAT_MORNING', 'SAT_AFTERNOON'],
  startTime: '09:00',
  endTime: '16:00',
  capacity: 6,
  maxRiskLevel: 'HIGH',
  excludedFlags: [],
  suits: [],
  features: ['VISIBLE_REPARATION'],
  skills: ['GARDENING'],
  transportProvided: false,
  healthAndSafetyAssessedOn: '2026-06-01',
  healthAndSafetyReviewDue: '2027-06-01',
} satisfies Partial<InputOf<'placements.save'>>;

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
  const { core } = app;
  const office = await smallOffice(core);
  await core.ok('staff.save', { name: 'Tom Reid', role: 'SUPERVISOR' });
  const order = async (person: InputOf<'people.create'>) =>
    core.ok('orders.create', {
      personId: (await core.ok('people.create', person)).id,
      courtId: office.magistrates.id,
      sentenceDate: '2026-11-20',
      hours: 120,
      requirementType: 'COMMUNITY_ORDER',
      offenceCategory: 'VIOLENCE',
      offence: 'Assault by beating',
    });
  assessed = (await order(personInput(office.caseManager.id))).id;
  unassessed = (
    await order(
      personInput(office.caseManager.id, {
        familyName: 'Osei',
        givenNames: 'Kwame',
        caseReference: 'NV200002',
      }),
    )
  ).id;
  await core.ok('placements.save', { ...placement, name: 'Park garden', type: 'GROUP' });
  await core.ok('placements.save', {
    ...placement,
    name: 'Canal towpath',
    type: 'GROUP',
    skills: [],
    area: 'Ashcombe',
  });
  await core.ok('placements.save', {
    ...placement,
    name: 'Hospice charity shop',
    type: 'INDIVIDUAL',
    maxRiskLevel: 'LOW',
    skills: ['RETAIL'],
  });
  await core.ok('placements.save', {
    ...placement,
    name: 'Riverside clean-up',
    type: 'GROUP',
    excludedFlags: ['VIOLENCE'],
  });
  await app.signIn();
});
afterAll(async () => app?.stop());

describe('risk, induction and allocation in Chromium', () => {
  it('refuses allocation in words to a person without a risk of harm assessment', async () => {
    await page.goto(`${app.url}#/orders/${unassessed}`);
    const panel = page.getByRole('region', { name: 'Allocation' });
    await visible(panel.getByText('No risk of harm assessment: allocation is not allowed'));
    expect(await panel.getByRole('button', { name: /Allocate/ }).count()).toBe(0);
    await app.shot('allocation-01-refused-without-risk-assessment');
  });

  it('records a risk of harm assessment through the form', async () => {
    await page.goto(`${app.url}#/orders/${assessed}`);
    await page.getByRole('button', { name: 'Record an assessment' }).click();
    const dialog = page.getByRole('dialog');
    await choose(dialog, /^Overall risk level/, 'Medium');
    await pick(dialog, 'Risk flags', ['Violence']);
    await pick(dialog, 'Restrictions', ['Victim exclusion area']);
    await dialog.getByRole('textbox', { name: /^Assessor/ }).fill('Sarah Hughes');
    await typeDate(dialog, /Date assessed/, '23112026');
    await dialog.getByRole('button', { name: 'Record assessment' }).click();
    // The exclusion area appears with its restriction, and is required with it.
    await visible(
      dialog.getByText('Exclusion area is required with a victim exclusion area restriction'),
    );
    await dialog.getByRole('textbox', { name: /^Exclusion area/ }).fill('Ashcombe');
    await app.shot('allocation-02-risk-assessment-form');
    await dialog.getByRole('button', { name: 'Record assessment' }).click();
    await gone(dialog);
    const panel = page.getByRole('region', { name: 'Risk of harm' });
    await visible(panel.getByText('Current assessment of 23/11/2026'));
    await app.shot('allocation-03-risk-of-harm-recorded');
    expect(
      app.rows('SELECT level, flags, exclusion_area, assessed_on FROM risk_assessments'),
    ).toEqual([
      {
        level: 'MEDIUM',
        flags: expect.stringContaining('VIOLENCE'),
        exclusion_area: 'Ashcombe',
        assessed_on: '2026-11-23',
      },
    ]);
  });

  it('records the induction through the long form', async () => {
    await page.getByRole('button', { name: 'Record the induction' }).click();
    const dialog = page.getByRole('dialog');
    await typeDate(dialog, /Date of induction/, '24112026');
    await choose(dialog, /^Interviewed by/, 'Tom Reid (Supervisor)');
    await dialog.getByRole('checkbox', { name: 'Saturday morning' }).check();
    await dialog.getByRole('checkbox', { name: 'Saturday afternoon' }).check();
    await choose(dialog, /^Travel/, 'Public transport');
    await dialog.getByRole('textbox', { name: 'Home area' }).fill('Northvale');
    for (const skill of [/^Reading/, /^Writing/, /^Numeracy/])
      await choose(dialog, skill, 'No difficulty');
    await pick(dialog, 'Skills', ['Gardening and grounds']);
    await dialog.getByRole('textbox', { name: /^Clothing size/ }).fill('L');
    await dialog.getByRole('textbox', { name: /^Footwear size/ }).fill('9');
    await dialog.getByRole('checkbox', { name: 'Health and safety briefing given' }).check();
    await app.shot('allocation-04-induction-form');
    await dialog.getByRole('button', { name: 'Record induction' }).click();
    await gone(dialog);
    const panel = page.getByRole('region', { name: 'Induction' });
    await visible(panel.getByText('Inducted on 24/11/2026 by Tom Reid'));
    await visible(panel.getByText('Sat morning and afternoon'));
    expect(app.rows('SELECT inducted_on, availability, transport FROM inductions')).toEqual([
      {
        inducted_on: '2026-11-24',
        availability: expect.stringMatching(/SAT_MORNING.*SAT_AFTERNOON/),
        transport: 'PUBLIC',
      },
    ]);
  });

  it('ranks the placements it allows, says why the others are refused, and allocates', async () => {
    const panel = page.getByRole('region', { name: 'Allocation' });
    const allowed = panel.getByRole('table', { name: 'Placements allowed' });
    await visible(allowed);
    await expect
      .poll(() => allowed.getByRole('rowheader').allTextContents(), { timeout: 10_000 })
      .toEqual(['Park garden']);
    const refused = panel.getByRole('table', { name: 'Placements refused' });
    await visible(refused.getByText('Placement cannot take people flagged: Violence'));
    await visible(
      refused.getByText(
        'Restriction: Victim exclusion area covers Ashcombe, where this placement is',
      ),
    );
    await visible(refused.getByText("Risk level Medium is above this placement's limit of Low"));
    await app.shot('allocation-05-options-allowed-and-refused');

    await allowed.getByRole('button', { name: 'Allocate to Park garden' }).click();
    await visible(panel.getByText('Allocated to Park garden'));
    await app.shot('allocation-06-allocated');
    expect(app.rows('SELECT order_id, rank, method FROM allocations')).toEqual([
      { order_id: assessed, rank: 1, method: 'SINGLE' },
    ]);
  });

  it('lists the person still waiting, with the stage in words', async () => {
    await page.getByRole('link', { name: 'Waiting list' }).click();
    const grid = page.getByRole('grid', { name: 'Waiting list' });
    await visible(grid.getByRole('link', { name: 'Osei, Kwame' }));
    await visible(grid.getByText('Needs risk of harm assessment'));
    expect(await grid.getByRole('link', { name: 'Walker, Jordan' }).count()).toBe(0);
    await app.shot('allocation-07-waiting-list');
  });

  it('arranges a PPWS, books people on it and records its register', async () => {
    const { core } = app;
    await core.ok('placements.save', {
      ...placement,
      name: 'Northvale Unpaid Work Centre',
      type: 'INDUCTION_PPWS',
      sessions: ['MON_MORNING'],
      startTime: '09:30',
      endTime: '13:30',
      capacity: 8,
      skills: [],
    });
    await page.getByRole('link', { name: 'Placements' }).click();
    await visible(page.getByRole('button', { name: 'Northvale Unpaid Work Centre', exact: true }));
    await app.shot('allocation-08-placements');

    await page.getByRole('link', { name: 'Sessions' }).click();
    await page.getByRole('button', { name: 'Arrange a session' }).click();
    let dialog = page.getByRole('dialog');
    await visible(dialog.getByText('Northvale Unpaid Work Centre, Northvale'));
    await typeDate(dialog, /^Date/, '23112026');
    await choose(dialog, /^Session leader/, 'Tom Reid (Supervisor)');
    await dialog.getByRole('button', { name: 'Arrange session' }).click();
    await visible(
      page.getByRole('heading', { name: 'Northvale Unpaid Work Centre, Mon 23/11/2026' }),
    );

    const book = async (search: string, option: string) => {
      await page.getByRole('button', { name: 'Book a person' }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: /^Person/ }).fill(search);
      await page.getByRole('option', { name: option }).click();
      await dialog.getByRole('button', { name: 'Book' }).click();
    };
    // Nobody is booked on work, a PPWS included, without a risk of harm assessment.
    await book('osei', 'Osei, Kwame · NV200002');
    await visible(
      dialog.getByText(/^Osei, Kwame cannot be booked on this session: .*risk of harm assessment/),
    );
    await app.shot('allocation-09-booking-refused-without-risk-assessment');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await core.ok('risk.record', {
      orderId: unassessed,
      level: 'LOW',
      flags: [],
      restrictions: [],
      kind: 'SENTENCE_PLAN',
      assessor: 'Sarah Hughes',
      assessedOn: '2026-11-24',
    });
    for (const [search, option] of [
      ['osei', 'Osei, Kwame · NV200002'],
      ['NV200001', 'Walker, Jordan · NV200001'],
    ] as const) {
      await book(search, option);
      await gone(dialog);
    }

    const register = page.getByRole('table', { name: 'Register' });
    await choose(register, /^Outcome for Osei, Kwame/, 'AAME · Acceptable absence: medical');
    await choose(register, /^Outcome for Walker, Jordan/, 'ATTC · Attended, complied');
    await register.getByRole('textbox', { name: 'Start for Walker, Jordan' }).fill('0930');
    await register.getByRole('textbox', { name: 'Finish for Walker, Jordan' }).fill('0900');
    await page.getByRole('button', { name: 'Save register' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Walker, Jordan' });
    await visible(refusal);
    await visible(register.getByText('Walker, Jordan: Finish must be after the start'));
    await app.shot('allocation-10-register-refused-on-its-row');
    expect(app.rows('SELECT outcome FROM bookings WHERE outcome IS NOT NULL')).toEqual([]);

    await register.getByRole('textbox', { name: 'Finish for Walker, Jordan' }).fill('13:30');
    await register
      .getByRole('spinbutton', { name: 'Penalty minutes for Walker, Jordan' })
      .fill('15');
    await page.getByRole('button', { name: 'Save register' }).click();
    await visible(page.getByText('2 of 2 recorded, 3 h 45 m credited'));
    await visible(register.getByRole('cell', { name: '3 h 45 m' }));
    await app.shot('allocation-11-register-recorded');
    expect(
      app.rows(
        'SELECT outcome, arrived_at, left_at, credited_minutes FROM bookings ORDER BY order_id',
      ),
    ).toEqual([
      { outcome: 'ATTC', arrived_at: '09:30', left_at: '13:30', credited_minutes: 225 },
      { outcome: 'AAME', arrived_at: null, left_at: null, credited_minutes: 0 },
    ]);
  });
});
