import { z } from 'zod';
import { codesOf } from '../codes';
import { placementTypes } from '../placement-codes';
import { staffGenders } from '../session-codes';
import { read, write } from './procedure';
import { id, isoDate, wholeNumber } from './fields';

/** The most a single "Make sessions" may cover: eight weeks, so a mistake stays small. */
export const generateMaxDays = 56;

const supervisorOnSession = z.object({
  staffId: z.number(),
  name: z.string(),
  gender: z.enum(codesOf(staffGenders)),
  lead: z.boolean(),
  /** Counts towards the session's capacity on its date. */
  fit: z.boolean(),
  /** Why not, in words ("Tom Reid is away (annual leave) until 04/12/2026"); empty when fit. */
  reasons: z.array(z.string()),
  /** Worth knowing but not a reason to stand anyone down ("does not normally work Saturday morning"). */
  notes: z.array(z.string()),
});

const freeSupervisor = z.object({
  staffId: z.number(),
  name: z.string(),
  gender: z.enum(codesOf(staffGenders)),
  /** Sessions they are already on in the days looked at: the least used are offered first. */
  sessionsInWindow: z.number(),
});

const sessionRota = z.object({
  sessionId: z.number(),
  placementId: z.number(),
  placementName: z.string(),
  placementType: z.enum(codesOf(placementTypes)),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  /** The places the session was arranged with. */
  places: z.number(),
  booked: z.number(),
  recorded: z.number(),
  /** People per supervisor in the policy in force on the session's date. */
  ratio: z.number(),
  /** Fit supervisors × ratio, never more than the places (group sessions only; others: the places). */
  capacity: z.number(),
  /** Booked beyond capacity: the people who would be stood down. */
  shortBy: z.number(),
  /** Supervisors still wanted to take everyone booked. */
  supervisorsNeeded: z.number(),
  supervisors: z.array(supervisorOnSession),
  /** Why the session is short, in words; empty when it is not. */
  reasons: z.array(z.string()),
  /** Fit supervisors free at that time who could be added, least used first. */
  free: z.array(freeSupervisor),
  /** Whether supervisors can still be added or taken off (not once it has happened and its register is in). */
  changeable: z.boolean(),
});

const person = z.object({ orderId: z.number(), personName: z.string(), caseReference: z.string() });

const moveOption = z.object({
  sessionId: z.number(),
  date: z.string(),
  placementName: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  /** Places left there (capacity − booked), less those offered first to the people listed before. */
  room: z.number(),
});

const atRisk = z.object({
  sessionId: z.number(),
  date: z.string(),
  placementId: z.number(),
  placementName: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  booked: z.number(),
  capacity: z.number(),
  shortBy: z.number(),
  reasons: z.array(z.string()),
  /** The people booked last, who would be stood down if nothing changes. */
  standDown: z.array(person),
  fixes: z.object({
    /** Supervisors still wanted so that nobody is stood down. */
    supervisorsNeeded: z.number(),
    supervisors: z.array(freeSupervisor),
    /** For each person who would be stood down, sessions with room they could move to. */
    moves: z.array(person.extend({ options: z.array(moveOption) })),
  }),
});

const generated = z.object({
  sessionsMade: z.number(),
  bookingsMade: z.number(),
  supervisorsAssigned: z.number(),
  /** Group sessions made with fewer fit supervisors than their bookings need. */
  sessionsShort: z.number(),
});

export const generateInput = z.object({ from: isoDate('From'), to: isoDate('To') });

export const rota = {
  generate: write(
    'Make the sessions of the active placements for a range of dates, booking the people allocated and assigning supervisors.',
    generateInput,
    generated,
  ),
  forSession: read(
    'A session’s supervisors, their fitness on the day, its capacity against the people booked, and who is free to help.',
    z.object({ sessionId: id('Session') }),
    sessionRota,
  ),
  assignSupervisor: write(
    'Put a supervisor on a session, optionally as its leader.',
    z.object({
      sessionId: id('Session'),
      staffId: id('Supervisor'),
      lead: z.boolean({ error: 'Leader must be yes or no' }).default(false),
    }),
    sessionRota.extend({ warnings: z.array(z.string()) }),
  ),
  removeSupervisor: write(
    'Take a supervisor off a session that has not happened yet.',
    z.object({ sessionId: id('Session'), staffId: id('Supervisor') }),
    sessionRota,
  ),
  forecast: read(
    'Group sessions in the coming days where more people are booked than the fit supervisors can take, with who would be stood down and what would fix it.',
    z.object({ days: wholeNumber('Days', 1, 28).default(14) }),
    z.object({
      from: z.string(),
      to: z.string(),
      sessionsChecked: z.number(),
      sessionsAtRisk: z.number(),
      peopleStoodDown: z.number(),
      sessions: z.array(atRisk),
    }),
  ),
};

export type SessionRota = z.output<typeof sessionRota>;
export type AtRiskSession = z.output<typeof atRisk>;
export type FreeSupervisor = z.output<typeof freeSupervisor>;
export type RotaGenerated = z.output<typeof generated>;
