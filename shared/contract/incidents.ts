import { z } from 'zod';
import { codesOf } from '../codes';
import { incidentKinds } from '../session-codes';
import { read, write, type AccountRole } from './procedure';
import { id, isoDate, oneOf, optionalText, requiredText, timeOfDay } from './fields';

/** The supervisor on site reports what happened; the office may enter it for them. */
export const incidentReporters: readonly AccountRole[] = [
  'MANAGER',
  'CASE_ADMINISTRATOR',
  'SUPERVISOR',
];

export const incidentInput = z
  .object({
    sessionId: id('Session'),
    kind: oneOf('Kind', incidentKinds),
    occurredAt: timeOfDay('Time it happened'),
    whatHappened: requiredText('What happened', 4000),
    peopleInvolved: requiredText('People involved', 1000),
    injuries: optionalText('Injuries', 2000),
    firstAidGiven: z.boolean({ error: 'First aid given must be yes or no' }).default(false),
    actionTaken: requiredText('Action taken', 2000),
    reportedTo: requiredText('Reported to', 200),
    reportedOn: isoDate('Date reported'),
  })
  .superRefine((i, ctx) => {
    if (i.kind === 'ACCIDENT' && !i.injuries) {
      ctx.addIssue({
        code: 'custom',
        path: ['injuries'],
        message: 'Injuries must be described for an accident',
      });
    }
  });

const kind = z.enum(codesOf(incidentKinds));

const incident = z.object({
  id: z.number(),
  sessionId: z.number(),
  sessionDate: z.string(),
  placementName: z.string(),
  kind,
  occurredAt: z.string(),
  whatHappened: z.string(),
  peopleInvolved: z.string(),
  injuries: z.string().nullable(),
  firstAidGiven: z.boolean(),
  actionTaken: z.string(),
  reportedTo: z.string(),
  reportedOn: z.string(),
  recordedBy: z.string(),
});

const incidentRow = incident
  .pick({
    id: true,
    sessionId: true,
    sessionDate: true,
    placementName: true,
    kind: true,
    occurredAt: true,
    firstAidGiven: true,
    reportedTo: true,
    reportedOn: true,
  })
  .extend({
    /** The start of what happened, for a list. */
    summary: z.string(),
    injured: z.boolean(),
  });

export const incidents = {
  report: write(
    'Report a health and safety incident, accident or near miss at a session.',
    incidentInput,
    incident,
    { roles: incidentReporters },
  ),
  list: read(
    'Incidents at sessions between two dates, latest first, with how many of each kind.',
    z.object({ from: isoDate('From'), to: isoDate('To') }),
    z.object({
      rows: z.array(incidentRow),
      /** Every kind, in the code list's order, with zero where there were none. */
      counts: z.array(z.object({ kind, count: z.number() })),
      total: z.number(),
    }),
  ),
  forSession: read(
    'The incidents reported at one session, latest first.',
    z.object({ sessionId: id('Session') }),
    z.array(incident),
    { auditRead: true },
  ),
};

export type Incident = z.output<typeof incident>;
export type IncidentRow = z.output<typeof incidentRow>;
export type IncidentInput = z.input<typeof incidentInput>;
