import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserMode, visible, type BrowserMode } from '../support/browser';
import { placementOffice } from '../core/fixtures-placements';
import { addSupervisor, allocatedPeople, parkGarden, sessionWith } from '../core/fixtures-rota';

/**
 * The stand-down forecast in Chromium: the home page warns of an over-booked Saturday session,
 * a supervisor is added on the session's page, and the warning clears; then sessions are made for
 * the coming fortnight from the rota page. Today is Thursday 26/11/2026.
 */
let app: BrowserMode;
let page: Page;
let sessionId: number;
let nia: number;

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
  const { core } = app;
  const office = await placementOffice(core);
  const dan = addSupervisor(core, { name: 'Dan Evans' });
  nia = addSupervisor(core, { name: 'Nia Jones', gender: 'FEMALE' });
  addSupervisor(core, {
    name: 'Tom Reid',
    away: { kind: 'ANNUAL_LEAVE', from: '2026-11-23', to: '2026-12-04' },
  });
  const park = await core.ok('placements.save', parkGarden());
  const people = await allocatedPeople(core, office, park.id, 9);
  // Saturday 28/11: nine booked at Park garden, with Dan alone to supervise them.
  sessionId = await sessionWith(core, park.id, dan, people);
  await app.signIn();
});
afterAll(async () => app?.stop());

describe('the stand-down forecast in Chromium', () => {
  it('warns on the home page of the over-booked session, with who and what would fix it', async () => {
    await page.goto(`${app.url}#/`);
    const card = page.getByRole('region', { name: 'Stand-down forecast' });
    await visible(card.getByText('1 session is at risk: 3 people would be stood down'));
    const session = card.getByRole('listitem', { name: 'Park garden, Sat 28/11/2026' });
    await visible(session.getByText('9 booked for 1 supervisor at 6 each'));
    await visible(session.getByText(/Add a supervisor, free and fit that day: Nia Jones/));
    await visible(
      session.getByText(/^Green, Person 7 \(NV\d+\); Hughes, Person 8 \(NV\d+\); Irwin, Person 9/),
    );
    await app.shot('rota-01-home-forecast');
    // The rota page has the forecast in full, and the session is one click away there too.
    await card.getByRole('link', { name: 'Rota and forecast' }).click();
    await visible(page.getByRole('heading', { name: 'Rota and forecast' }));
    await visible(page.getByText('9 booked for 1 supervisor at 6 each'));
    await app.shot('rota-02-rota-page');
  });

  it('adds the free supervisor on the session page, and the forecast clears', async () => {
    await page.getByRole('link', { name: 'Park garden, Sat 28/11/2026, 09:00–16:00' }).click();
    const panel = page.getByRole('region', { name: 'Supervisors' });
    await visible(panel.getByText('Short: 3 would be stood down'));
    await visible(panel.getByText(/9 booked; room for 6 \(1 fit supervisor at 6 each/));
    await panel.getByRole('combobox', { name: 'Add a supervisor' }).click();
    await page.getByRole('option', { name: /^Nia Jones/ }).click();
    await app.shot('rota-03-session-short');
    await panel.getByRole('button', { name: 'Add supervisor' }).click();
    await visible(panel.getByText('Enough supervisors'));
    await visible(panel.getByText(/9 booked; room for 12 \(2 fit supervisors at 6 each/));
    expect(
      app.rows('SELECT staff_id FROM session_supervisors WHERE session_id = ?', sessionId),
    ).toContainEqual({ staff_id: nia });
    await app.shot('rota-04-session-supervisor-added');

    await page.goto(`${app.url}#/`);
    const card = page.getByRole('region', { name: 'Stand-down forecast' });
    await visible(card.getByText(/No stand-downs expected/));
    await app.shot('rota-05-home-forecast-clear');
  });

  it('makes the coming fortnight’s sessions from the rota page', async () => {
    await page.goto(`${app.url}#/rota`);
    await visible(page.getByRole('heading', { name: 'Rota and forecast' }));
    await page.getByRole('button', { name: 'Make sessions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make sessions' });
    await visible(dialog.getByRole('group', { name: /^From/ }));
    await app.shot('rota-06-make-sessions');
    await dialog.getByRole('button', { name: 'Make sessions' }).click();
    // From tomorrow for a fortnight: Park garden on 05/12 (28/11 is there already), nine booked,
    // Tom (back from leave, least used) and Dan put on.
    await visible(page.getByText('Made 1 session with 9 bookings and 2 supervisors put on'));
    expect(
      app.rows(
        `SELECT s.date, (SELECT COUNT(*) FROM bookings b WHERE b.session_id = s.id) AS booked,
                st.name AS leader
         FROM sessions s JOIN staff st ON st.id = s.leader_id WHERE s.date > '2026-11-28'`,
      ),
    ).toEqual([{ date: '2026-12-05', booked: 9, leader: 'Tom Reid' }]);
    await app.shot('rota-07-sessions-made');
  });
});
