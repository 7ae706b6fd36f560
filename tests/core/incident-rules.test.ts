import { describe, expect, it } from 'vitest';
import { checkIncident, incidentWindow, summarise } from '../../electron/core/incidents/rules';

const session = { date: '2026-11-21', startTime: '09:00', endTime: '13:00' };
const today = '2026-11-26';
const window =
  'Time it happened must be during the session or within an hour of it (08:00 to 14:00)';

describe('checkIncident', () => {
  it.each<[string, { occurredAt: string; reportedOn: string }, Record<string, string>]>([
    [
      'during the session, reported that day',
      { occurredAt: '10:15', reportedOn: '2026-11-21' },
      {},
    ],
    ['an hour before the start', { occurredAt: '08:00', reportedOn: '2026-11-21' }, {}],
    ['an hour after the end, reported today', { occurredAt: '14:00', reportedOn: today }, {}],
    [
      '61 minutes before the start',
      { occurredAt: '07:59', reportedOn: '2026-11-21' },
      { occurredAt: window },
    ],
    [
      '61 minutes after the end',
      { occurredAt: '14:01', reportedOn: '2026-11-21' },
      { occurredAt: window },
    ],
    [
      'reported before the session',
      { occurredAt: '10:00', reportedOn: '2026-11-20' },
      { reportedOn: 'Date reported cannot be before the session (21/11/2026)' },
    ],
    [
      'reported tomorrow',
      { occurredAt: '10:00', reportedOn: '2026-11-27' },
      { reportedOn: 'Date reported cannot be in the future' },
    ],
    [
      'both wrong',
      { occurredAt: '23:00', reportedOn: '2027-01-01' },
      { occurredAt: window, reportedOn: 'Date reported cannot be in the future' },
    ],
  ])('%s', (_name, report, expected) => {
    expect(checkIncident(report, session, today)).toEqual(expected);
  });
});

describe('incidentWindow', () => {
  it.each([
    ['09:00', '13:00', { from: '08:00', to: '14:00' }],
    ['18:30', '21:00', { from: '17:30', to: '22:00' }],
    ['00:30', '23:30', { from: '00:00', to: '23:59' }],
  ])('%s to %s', (startTime, endTime, expected) => {
    expect(incidentWindow({ startTime, endTime })).toEqual(expected);
  });
});

describe('summarise', () => {
  it.each([
    ['Slipped on wet leaves.', 'Slipped on wet leaves.'],
    ['  First line\nSecond line', 'First line'],
    ['x'.repeat(120), 'x'.repeat(120)],
    ['x'.repeat(121), `${'x'.repeat(119)}…`],
  ])('%j', (text, expected) => {
    expect(summarise(text)).toBe(expected);
  });
});
