import { daysBetween } from '../../../shared/dates';
import { slotAt, type PlacementType, type Slot } from '../../../shared/placement-codes';
import type { AtRiskSession, FreeSupervisor } from '../../../shared/contract/rota';
import { refusalsFor } from '../allocation/rules';
import type { Candidate, PlacementOffer, RefusalCode } from '../allocation/types';
import {
  capacityOf,
  clearOfRestrictions,
  fitnessOnSession,
  freeSupervisors,
  markBusy,
  shortReasons,
  supervisorsNeeded,
  type Busy,
  type RotaSupervisor,
  type TimeSpan,
} from './rules';

/**
 * The stand-down forecast, pure: which sessions in the coming days have more people booked than
 * their fit supervisors can take, who would be stood down, and what would put it right.
 */

export interface RotaBooking {
  bookingId: number;
  orderId: number;
  personName: string;
  caseReference: string;
}

/** A session as the rota sees it: its supervisors (the leader first) and the people booked. */
export interface RotaSession extends TimeSpan {
  id: number;
  placementId: number;
  placementName: string;
  placementType: PlacementType;
  places: number;
  leaderId: number | null;
  staffIds: readonly number[];
  bookings: readonly RotaBooking[];
  recorded: number;
}

export interface SessionView {
  session: RotaSession;
  ratio: number;
  supervisors: {
    staffId: number;
    name: string;
    gender: RotaSupervisor['gender'];
    lead: boolean;
    fit: boolean;
    reasons: string[];
    notes: string[];
  }[];
  capacity: number;
  shortBy: number;
  supervisorsNeeded: number;
  reasons: string[];
}

/**
 * A session's supervisors with their fitness on its date, and what it can take. A group session
 * takes fit supervisors × ratio (never more than its places); the others take their places.
 */
export function viewOf(
  session: RotaSession,
  staff: ReadonlyMap<number, RotaSupervisor>,
  ratio: number,
): SessionView {
  const slot = slotAt(session.date, session.startTime);
  const supervisors = session.staffIds.flatMap((staffId) => {
    const record = staff.get(staffId);
    if (!record) return [];
    return [
      {
        staffId,
        name: record.name,
        gender: record.gender,
        lead: staffId === session.leaderId,
        ...fitnessOnSession(record, session.date, slot),
      },
    ];
  });
  const booked = session.bookings.length;
  if (session.placementType !== 'GROUP') {
    const shortBy = Math.max(0, booked - session.places);
    return {
      session,
      ratio,
      supervisors,
      capacity: session.places,
      shortBy,
      supervisorsNeeded: 0,
      reasons: shortBy ? [`${booked} booked for ${session.places} places`] : [],
    };
  }
  const fit = supervisors.filter((s) => s.fit).length;
  const capacity = capacityOf(fit, ratio, session.places);
  return {
    session,
    ratio,
    supervisors,
    capacity,
    shortBy: Math.max(0, booked - capacity),
    supervisorsNeeded: booked > capacity ? supervisorsNeeded(booked, ratio, fit) : 0,
    reasons: shortReasons({ booked, places: session.places, ratio, supervisors }),
  };
}

/** Who is on which session when, and how many sessions each has: for the free-supervisor offers. */
export function busyAndUsage(sessions: readonly RotaSession[]) {
  const busy: Busy = new Map();
  const usage = new Map<number, number>();
  for (const s of sessions) {
    for (const staffId of s.staffIds) {
      markBusy(busy, staffId, s);
      usage.set(staffId, (usage.get(staffId) ?? 0) + 1);
    }
  }
  return { busy, usage };
}

export const asFree = (s: RotaSupervisor, usage: ReadonlyMap<number, number>): FreeSupervisor => ({
  staffId: s.id,
  name: s.name,
  gender: s.gender,
  sessionsInWindow: usage.get(s.id) ?? 0,
});

/**
 * Group sessions with people booked, no outcomes yet, and more booked than they can take; each
 * with the people booked last, who would be stood down.
 */
export function sessionsAtRisk(
  sessions: readonly RotaSession[],
  staff: ReadonlyMap<number, RotaSupervisor>,
  ratioOn: (date: string) => number,
): SessionView[] {
  return sessions
    .filter((s) => s.placementType === 'GROUP' && s.bookings.length > 0 && s.recorded === 0)
    .map((s) => viewOf(s, staff, ratioOn(s.date)))
    .filter((v) => v.shortBy > 0);
}

/** The allocation rules that hold for any session (availability and places are checked here). */
const bookingRules: readonly RefusalCode[] = [
  'NO_ASSESSMENT',
  'RISK_LEVEL',
  'RISK_FLAG',
  'RESTRICTION',
  'UNDER_18',
  'INDIVIDUAL_NEEDS_LOW_RISK',
  'WOMEN_ONLY',
  'NO_WHEELCHAIR_ACCESS',
  'HEALTH_AND_SAFETY_OUT_OF_DATE',
];

/** Whether the allocation rules let this person work at this placement at all. */
export function allowedAt(candidate: Candidate, offer: PlacementOffer, today: string): boolean {
  return !refusalsFor(candidate, offer, today).some((r) => bookingRules.includes(r.code));
}

const MOVE_OPTIONS = 3;
const SUPERVISOR_OFFERS = 5;

/**
 * What would fix each session at risk: supervisors free and fit at that time (clear of the
 * restrictions of everyone booked), and for each person who would be stood down, sessions in
 * the window at a placement of the same type with room (from tomorrow on, nearest the session's
 * date first), in their availability, on a day they are not booked elsewhere, that the allocation
 * rules allow and whose supervisors they may work with.
 * Room is shared out: a place offered first to one person is not offered first to the next.
 */
export function withFixes(
  atRisk: readonly SessionView[],
  context: {
    today: string;
    /** Every session in the window, of every type (a supervisor on a PPWS is busy too). */
    sessions: readonly RotaSession[];
    staff: ReadonlyMap<number, RotaSupervisor>;
    /** Supervisors and UPW managers in post, who could be added. */
    pool: readonly RotaSupervisor[];
    ratioOn: (date: string) => number;
    /** The people booked on the sessions at risk, as the allocation rules see them. */
    candidates: ReadonlyMap<number, Candidate>;
    offers: ReadonlyMap<number, PlacementOffer>;
  },
): AtRiskSession[] {
  const { busy, usage } = busyAndUsage(context.sessions);
  const bookedOn = new Map<string, Map<number, number>>();
  for (const s of context.sessions) {
    let day = bookedOn.get(s.date);
    if (!day) bookedOn.set(s.date, (day = new Map()));
    for (const b of s.bookings) day.set(b.orderId, s.id);
  }
  const risky = new Set(atRisk.map((v) => v.session.id));
  const types = new Set(atRisk.map((v) => v.session.placementType));
  // Sessions of the same types that could take someone more: how many, when, and who runs them.
  const room = new Map<
    number,
    {
      view: SessionView;
      left: number;
      slot: Slot;
      day: number;
      genders: RotaSupervisor['gender'][];
    }
  >();
  for (const s of context.sessions) {
    if (!types.has(s.placementType) || risky.has(s.id)) continue;
    // Nobody is moved at no notice: today's sessions are not offered.
    if (s.recorded > 0 || s.date <= context.today) continue;
    const view = viewOf(s, context.staff, context.ratioOn(s.date));
    const left = view.capacity - s.bookings.length;
    if (left <= 0) continue;
    const genders = view.supervisors.filter((v) => v.fit).map((v) => v.gender);
    const slot = slotAt(s.date, s.startTime);
    room.set(s.id, { view, left, slot, day: daysBetween(context.today, s.date), genders });
  }
  const allowed = new Map<string, boolean>();
  const allowedCached = (candidate: Candidate, placementId: number) => {
    const key = `${candidate.orderId}|${placementId}`;
    let answer = allowed.get(key);
    if (answer === undefined) {
      const offer = context.offers.get(placementId);
      answer = offer !== undefined && allowedAt(candidate, offer, context.today);
      allowed.set(key, answer);
    }
    return answer;
  };
  const inOrder = [...room.values()].sort(
    (a, b) =>
      a.view.session.date.localeCompare(b.view.session.date) ||
      a.view.session.startTime.localeCompare(b.view.session.startTime) ||
      a.view.session.id - b.view.session.id,
  );

  return atRisk.map((view) => {
    const s = view.session;
    // The sessions nearest its date first (a stable sort keeps the earlier first on a tie).
    const day = daysBetween(context.today, s.date);
    const targets = inOrder.toSorted((a, b) => Math.abs(a.day - day) - Math.abs(b.day - day));
    const standDown = [...s.bookings]
      .sort((a, b) => a.bookingId - b.bookingId)
      .slice(-view.shortBy)
      .map(({ orderId, personName, caseReference }) => ({ orderId, personName, caseReference }));
    const restrictions = s.bookings.map(
      (b) => context.candidates.get(b.orderId)?.assessment?.restrictions ?? [],
    );
    const supervisors = freeSupervisors(context.pool, s, {
      busy,
      usage,
      booked: restrictions,
      exclude: new Set(s.staffIds),
    })
      .slice(0, SUPERVISOR_OFFERS)
      .map((v) => asFree(v, usage));
    const moves = standDown.map((person) => {
      const candidate = context.candidates.get(person.orderId);
      const options: AtRiskSession['fixes']['moves'][number]['options'] = [];
      if (candidate?.induction) {
        const mine = candidate.assessment?.restrictions ?? [];
        for (const target of targets) {
          if (options.length >= MOVE_OPTIONS) break;
          const t = target.view.session;
          if (target.left <= 0 || t.placementType !== s.placementType) continue;
          if (!candidate.induction.availability.includes(target.slot)) continue;
          const elsewhere = bookedOn.get(t.date)?.get(person.orderId);
          if (elsewhere !== undefined && elsewhere !== s.id) continue;
          if (!target.genders.every((g) => clearOfRestrictions(g, [mine]))) continue;
          if (!allowedCached(candidate, t.placementId)) continue;
          options.push({
            sessionId: t.id,
            date: t.date,
            placementName: t.placementName,
            startTime: t.startTime,
            endTime: t.endTime,
            room: target.left,
          });
        }
        const first = options[0] && room.get(options[0].sessionId);
        if (first) first.left -= 1;
      }
      return { ...person, options };
    });
    return {
      sessionId: s.id,
      date: s.date,
      placementId: s.placementId,
      placementName: s.placementName,
      startTime: s.startTime,
      endTime: s.endTime,
      booked: s.bookings.length,
      capacity: view.capacity,
      shortBy: view.shortBy,
      reasons: view.reasons,
      standDown,
      fixes: { supervisorsNeeded: view.supervisorsNeeded, supervisors, moves },
    };
  });
}
