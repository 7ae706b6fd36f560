import {
  slotAt,
  type PlacementType,
  type Restriction,
  type Slot,
} from '../../../shared/placement-codes';
import type { StaffGender } from '../../../shared/session-codes';
import { slotLabel } from '../allocation/rules';
import { sessionDates } from '../sessions/calendar';
import { reasonsUnfit, reasonsUnfitOn, type SupervisorRecord } from '../supervisors/rules';

/**
 * The rota's judgement, as pure functions of plain data: who is fit to supervise a session, what
 * a session can take, the words for why it is short, and the plan of the sessions to make.
 */

/** A member of staff who may supervise: fitness on a date, and gender for the restrictions. */
export interface RotaSupervisor extends SupervisorRecord {
  gender: StaffGender;
}

export interface TimeSpan {
  date: string;
  startTime: string;
  endTime: string;
}

/** Two sessions on the same date whose times overlap (one ending as the other starts does not). */
export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return a.date === b.date && a.startTime < b.endTime && b.startTime < a.endTime;
}

/** "09:00–16:00". */
export const timesOf = (s: { startTime: string; endTime: string }) => `${s.startTime}–${s.endTime}`;

/** The restriction a supervisor of this gender breaks; null for none. */
const restrictionAgainst: Partial<Record<StaffGender, Restriction>> = {
  FEMALE: 'NOT_WITH_FEMALE_SUPERVISOR',
  MALE: 'NOT_WITH_MALE_SUPERVISOR',
};

const genderRestrictions: readonly Restriction[] = [
  'NOT_WITH_FEMALE_SUPERVISOR',
  'NOT_WITH_MALE_SUPERVISOR',
];

export function hasGenderRestriction(restrictions: readonly Restriction[]): boolean {
  return restrictions.some((r) => genderRestrictions.includes(r));
}

/** The restriction that a supervisor of this gender would break, or could (gender not recorded). */
export function restrictionAt(
  gender: StaffGender,
  restrictions: readonly Restriction[],
): Restriction | null {
  const against = restrictionAgainst[gender];
  if (against) return restrictions.includes(against) ? against : null;
  return restrictions.find((r) => genderRestrictions.includes(r)) ?? null;
}

/**
 * Whether a supervisor may supervise a person with these restrictions: 'conflict' when the
 * restriction names the supervisor's gender, 'unknown' when it could and the gender is not
 * recorded, null when nothing stands in the way.
 */
export function genderClash(
  gender: StaffGender,
  restrictions: readonly Restriction[],
): 'conflict' | 'unknown' | null {
  if (!hasGenderRestriction(restrictions)) return null;
  const against = restrictionAgainst[gender];
  if (!against) return 'unknown';
  return restrictions.includes(against) ? 'conflict' : null;
}

/** Whether the supervisor can be put with everyone booked, without doubt (for offers and plans). */
export function clearOfRestrictions(
  gender: StaffGender,
  booked: readonly (readonly Restriction[])[],
): boolean {
  return booked.every((r) => genderClash(gender, r) === null);
}

/**
 * A supervisor already on a session: fit unless away, untrained or out of post. Being put on the
 * session is the rota's promise for that day, so a day outside their usual pattern is only a note.
 */
export function fitnessOnSession(
  record: SupervisorRecord,
  date: string,
  slot: Slot,
): { fit: boolean; reasons: string[]; notes: string[] } {
  const reasons = reasonsUnfitOn(record, date);
  const notes = record.workingSlots.includes(slot)
    ? []
    : [`${record.name} does not normally work ${slotLabel(slot)}`];
  return { fit: reasons.length === 0, reasons, notes };
}

/** Fit supervisors × people per supervisor, never more than the session's places. */
export function capacityOf(fitSupervisors: number, ratio: number, places: number): number {
  return Math.min(fitSupervisors * ratio, places);
}

/** Supervisors still wanted for everyone booked to work. */
export function supervisorsNeeded(booked: number, ratio: number, fitSupervisors: number): number {
  return Math.max(0, Math.ceil(booked / ratio) - fitSupervisors);
}

const supervisorsWord = (n: number) => `${n} ${n === 1 ? 'supervisor' : 'supervisors'}`;

/**
 * Why a group session cannot take everyone booked, in words: each supervisor's reasons, then the
 * arithmetic ("9 booked for 1 supervisor at 6 each"). Empty when everyone booked can work.
 */
export function shortReasons(s: {
  booked: number;
  places: number;
  ratio: number;
  supervisors: readonly { fit: boolean; reasons: readonly string[] }[];
}): string[] {
  const fit = s.supervisors.filter((v) => v.fit).length;
  if (s.booked <= capacityOf(fit, s.ratio, s.places)) return [];
  const reasons = s.supervisors.flatMap((v) => v.reasons);
  if (s.supervisors.length === 0) reasons.push(`${s.booked} booked and no supervisor assigned`);
  else if (fit === 0) reasons.push(`${s.booked} booked and no supervisor fit to run the session`);
  else if (s.booked > fit * s.ratio)
    reasons.push(`${s.booked} booked for ${supervisorsWord(fit)} at ${s.ratio} each`);
  else reasons.push(`${s.booked} booked for ${s.places} places`);
  return reasons;
}

/** When each supervisor is already busy: staff id → their sessions' times. */
export type Busy = Map<number, TimeSpan[]>;

export function markBusy(busy: Busy, staffId: number, span: TimeSpan) {
  const list = busy.get(staffId);
  if (list) list.push(span);
  else busy.set(staffId, [span]);
}

export function isBusy(busy: Busy, staffId: number, span: TimeSpan): boolean {
  return busy.get(staffId)?.some((b) => overlaps(b, span)) ?? false;
}

/**
 * Supervisors who could be put on a session: fit on the day by their usual pattern, not on
 * another session at an overlapping time, clear of the restrictions of everyone booked, and not
 * on it already; the least used first.
 */
export function freeSupervisors(
  pool: readonly RotaSupervisor[],
  span: TimeSpan,
  options: {
    busy: Busy;
    usage: ReadonlyMap<number, number>;
    booked: readonly (readonly Restriction[])[];
    exclude?: ReadonlySet<number>;
    fit?: (s: RotaSupervisor) => boolean;
  },
): RotaSupervisor[] {
  const slot = slotAt(span.date, span.startTime);
  const fit = options.fit ?? ((s: RotaSupervisor) => reasonsUnfit(s, span.date, slot).length === 0);
  return pool
    .filter(
      (s) =>
        !options.exclude?.has(s.id) &&
        fit(s) &&
        !isBusy(options.busy, s.id, span) &&
        clearOfRestrictions(s.gender, options.booked),
    )
    .sort(
      (a, b) =>
        (options.usage.get(a.id) ?? 0) - (options.usage.get(b.id) ?? 0) ||
        a.name.localeCompare(b.name) ||
        a.id - b.id,
    );
}

// ---------------------------------------------------------------------------------------------
// Making sessions from the placements' patterns
// ---------------------------------------------------------------------------------------------

/** Placement types that get sessions from their pattern (induction and PPWS are arranged by hand). */
export const generatedTypes: readonly PlacementType[] = ['GROUP', 'INDIVIDUAL', 'EMPLOYABILITY'];

export interface PlanPlacement {
  id: number;
  type: PlacementType;
  sessions: readonly Slot[];
  startTime: string;
  endTime: string;
  capacity: number;
  healthAndSafetyReviewDue: string;
}

/** A person allocated to a placement who may be booked there, in the order they are booked. */
export interface PlanPerson {
  orderId: number;
  placementId: number;
  availability: readonly Slot[];
  restrictions: readonly Restriction[];
}

export interface ExistingSession extends TimeSpan {
  placementId: number;
  staffIds: readonly number[];
  orderIds: readonly number[];
}

export interface PlannedSession extends TimeSpan {
  placementId: number;
  capacity: number;
  orderIds: number[];
  /** The leader first. */
  staffIds: number[];
  /** Supervisors the bookings need (group sessions), whether or not they were found. */
  needed: number;
}

export interface RotaPlan {
  sessions: PlannedSession[];
  sessionsMade: number;
  bookingsMade: number;
  supervisorsAssigned: number;
  sessionsShort: number;
}

const keyOf = (placementId: number, date: string, startTime: string) =>
  `${placementId}|${date}|${startTime}`;

/**
 * The sessions to make from `from` to `to`: one on every date of each placement's pattern (no
 * bank holidays; none once its health and safety review is overdue) where it has none at that
 * start time. Each books the people allocated there who are free that slot and not booked
 * elsewhere that day, up to its places; a group session gets fit supervisors for its bookings
 * (ceil(booked / ratio)), free at that time and clear of the restrictions, least used first,
 * the first as leader. Running it again over the same dates plans nothing.
 */
export function planSessions(input: {
  from: string;
  to: string;
  placements: readonly PlanPlacement[];
  people: readonly PlanPerson[];
  existing: readonly ExistingSession[];
  supervisors: readonly RotaSupervisor[];
  ratioOn: (date: string) => number;
}): RotaPlan {
  const made = new Set(input.existing.map((s) => keyOf(s.placementId, s.date, s.startTime)));
  const bookedOn = new Map<string, Set<number>>();
  const book = (date: string, orderId: number) => {
    const set = bookedOn.get(date);
    if (set) set.add(orderId);
    else bookedOn.set(date, new Set([orderId]));
  };
  const busy: Busy = new Map();
  const usage = new Map<number, number>();
  const use = (staffId: number, span: TimeSpan) => {
    markBusy(busy, staffId, span);
    usage.set(staffId, (usage.get(staffId) ?? 0) + 1);
  };
  for (const s of input.existing) {
    for (const orderId of s.orderIds) book(s.date, orderId);
    for (const staffId of s.staffIds) use(staffId, s);
  }
  const peopleAt = new Map<number, PlanPerson[]>();
  for (const p of input.people) {
    const list = peopleAt.get(p.placementId);
    if (list) list.push(p);
    else peopleAt.set(p.placementId, [p]);
  }

  const wanted: (TimeSpan & { placement: PlanPlacement; slot: Slot })[] = [];
  for (const placement of input.placements) {
    if (!generatedTypes.includes(placement.type)) continue;
    const last =
      placement.healthAndSafetyReviewDue < input.to ? placement.healthAndSafetyReviewDue : input.to;
    for (const { date, slot } of sessionDates(
      placement.sessions,
      placement.startTime,
      input.from,
      last,
    )) {
      if (made.has(keyOf(placement.id, date, placement.startTime))) continue;
      wanted.push({
        placement,
        slot,
        date,
        startTime: placement.startTime,
        endTime: placement.endTime,
      });
    }
  }
  wanted.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.startTime.localeCompare(b.startTime) ||
      a.placement.id - b.placement.id,
  );

  const plan: RotaPlan = {
    sessions: [],
    sessionsMade: 0,
    bookingsMade: 0,
    supervisorsAssigned: 0,
    sessionsShort: 0,
  };
  const fitCache = new Map<string, boolean>();
  for (const w of wanted) {
    const { placement, slot, date } = w;
    const taken = bookedOn.get(date);
    const booked: PlanPerson[] = [];
    for (const person of peopleAt.get(placement.id) ?? []) {
      if (booked.length >= placement.capacity) break;
      if (!person.availability.includes(slot) || taken?.has(person.orderId)) continue;
      booked.push(person);
      book(date, person.orderId);
    }
    const session: PlannedSession = {
      placementId: placement.id,
      date,
      startTime: w.startTime,
      endTime: w.endTime,
      capacity: placement.capacity,
      orderIds: booked.map((p) => p.orderId),
      staffIds: [],
      needed: 0,
    };
    if (placement.type === 'GROUP' && booked.length > 0) {
      session.needed = Math.ceil(booked.length / input.ratioOn(date));
      const chosen = freeSupervisors(input.supervisors, w, {
        busy,
        usage,
        booked: booked.map((p) => p.restrictions),
        fit: (s) => {
          const key = `${s.id}|${date}|${slot}`;
          let fit = fitCache.get(key);
          if (fit === undefined) {
            fit = reasonsUnfit(s, date, slot).length === 0;
            fitCache.set(key, fit);
          }
          return fit;
        },
      }).slice(0, session.needed);
      for (const s of chosen) {
        session.staffIds.push(s.id);
        use(s.id, w);
      }
      if (chosen.length < session.needed) plan.sessionsShort += 1;
    }
    plan.sessions.push(session);
    plan.sessionsMade += 1;
    plan.bookingsMade += session.orderIds.length;
    plan.supervisorsAssigned += session.staffIds.length;
  }
  return plan;
}
