import { labelOf } from '../../../shared/codes';
import { generateMaxDays, type SessionRota } from '../../../shared/contract/rota';
import { addDays, daysBetween } from '../../../shared/dates';
import { AppError, fieldError, notFound, refuseFields, ruleError } from '../../../shared/errors';
import {
  restrictions as restrictionCodes,
  slotAt,
  type Restriction,
} from '../../../shared/placement-codes';
import type { FieldErrors } from '../../../shared/errors';
import { latestAssessments } from '../allocation/store';
import type { Context, Handlers } from '../context';
import { policyOn } from '../policy/store';
import {
  allowedAt,
  asFree,
  busyAndUsage,
  sessionsAtRisk,
  viewOf,
  withFixes,
  type RotaSession,
} from './forecast';
import {
  fitnessOnSession,
  freeSupervisors,
  genderClash,
  overlaps,
  planSessions,
  restrictionAt,
  timesOf,
  type PlanPerson,
} from './rules';
import {
  addSupervisor,
  allocatedCandidates,
  candidatesOf,
  existingSessions,
  placementOffers,
  placementsToRun,
  sessionDateOf,
  sessionsBetween,
  setLeader,
  staffForRota,
  supervisingRoles,
  supervisorPool,
  takeOffSupervisor,
  writePlan,
  type RotaStaff,
} from './store';

/** People per supervisor in the policy of each date, read once per date. */
function ratios(ctx: Context): (date: string) => number {
  const known = new Map<string, number>();
  return (date) => {
    let ratio = known.get(date);
    if (ratio === undefined) {
      ratio = policyOn(ctx.db, date).values.peoplePerSupervisor;
      known.set(date, ratio);
    }
    return ratio;
  };
}

/** A session with the sessions around it: the same day (who is busy) and its fortnight (who is used most). */
function loadSession(ctx: Context, sessionId: number) {
  const date = sessionDateOf(ctx.sqlite, sessionId);
  if (date === null) throw notFound('The session');
  const around = sessionsBetween(ctx.sqlite, addDays(date, -6), addDays(date, 7));
  const session = around.find((s) => s.id === sessionId)!;
  const staff = staffForRota(ctx.sqlite, date, date);
  return { session, around, staff };
}

/** The restrictions of each person booked on the session, from their current assessment. */
function restrictionsOfBooked(ctx: Context, session: RotaSession) {
  const assessments = latestAssessments(
    ctx.db,
    session.bookings.map((b) => b.orderId),
  );
  return session.bookings.map((b) => ({
    ...b,
    restrictions: assessments.get(b.orderId)?.restrictions ?? [],
  }));
}

/** Not once the session has happened and its register is in: who supervised is then the record. */
const changeable = (session: RotaSession, today: string) =>
  !(session.date <= today && session.recorded > 0);

function rotaOf(ctx: Context, sessionId: number): SessionRota {
  const { session, around, staff } = loadSession(ctx, sessionId);
  const view = viewOf(session, staff, ratios(ctx)(session.date));
  const { busy, usage } = busyAndUsage(around);
  const free = freeSupervisors(supervisorPool(staff), session, {
    busy,
    usage,
    booked: restrictionsOfBooked(ctx, session).map((b) => b.restrictions),
    exclude: new Set(session.staffIds),
  });
  return {
    sessionId: session.id,
    placementId: session.placementId,
    placementName: session.placementName,
    placementType: session.placementType,
    date: session.date,
    startTime: session.startTime,
    endTime: session.endTime,
    places: session.places,
    booked: session.bookings.length,
    recorded: session.recorded,
    ratio: view.ratio,
    capacity: view.capacity,
    shortBy: view.shortBy,
    supervisorsNeeded: view.supervisorsNeeded,
    supervisors: view.supervisors,
    reasons: view.reasons,
    free: free.map((s) => asFree(s, usage)),
    changeable: changeable(session, ctx.today),
  };
}

const restrictionWords = (code: Restriction) => labelOf(restrictionCodes, code).toLowerCase();

/**
 * Why this member of staff cannot be put on the session (thrown), and what to check (returned):
 * in post as a supervisor or UPW manager, not on it already, not on another session at an
 * overlapping time that day, not away or untrained, and no one booked restricted from their gender.
 * A day outside their usual pattern is allowed, with a warning: being put on the rota is the promise.
 */
function checkAssignment(
  ctx: Context,
  session: RotaSession,
  around: RotaSession[],
  who: RotaStaff,
) {
  if (!changeable(session, ctx.today)) {
    throw ruleError(
      'This session has happened and its register is recorded: its supervisors are part of the record.',
    );
  }
  if (session.staffIds.includes(who.id))
    throw new AppError('CONFLICT', `${who.name} is already on this session.`);
  const clash = around.find(
    (s) => s.id !== session.id && s.staffIds.includes(who.id) && overlaps(s, session),
  );
  if (clash) {
    throw ruleError(`${who.name} is already on ${clash.placementName} ${timesOf(clash)} that day.`);
  }
  const fitness = fitnessOnSession(who, session.date, slotAt(session.date, session.startTime));
  if (!fitness.fit)
    throw ruleError(`${who.name} cannot be put on this session: ${fitness.reasons.join('; ')}.`);
  const warnings = [...fitness.notes];
  const refusals: string[] = [];
  for (const b of restrictionsOfBooked(ctx, session)) {
    const clashWith = genderClash(who.gender, b.restrictions);
    if (!clashWith) continue;
    const words = restrictionWords(restrictionAt(who.gender, b.restrictions)!);
    if (clashWith === 'conflict')
      refusals.push(`${b.personName}'s risk of harm assessment says ${words}`);
    else
      warnings.push(
        `${who.name}'s gender is not recorded: check it against ${b.personName}'s restriction (${words})`,
      );
  }
  if (refusals.length)
    throw ruleError(`${who.name} cannot supervise this session: ${refusals.join('; ')}.`);
  return warnings;
}

export const rotaProcedures: Handlers<'rota'> = {
  generate: ({ from, to }, ctx) => {
    const fields: FieldErrors = {};
    if (from < ctx.today) fields.from = 'From must not be in the past';
    if (to < from) fields.to = 'To must not be before From';
    else if (daysBetween(from, to) + 1 > generateMaxDays)
      fields.to = `Make sessions for at most ${generateMaxDays / 7} weeks at a time`;
    refuseFields(fields);

    const offers = placementOffers(ctx.sqlite);
    const people: PlanPerson[] = [];
    for (const { placementId, candidate } of allocatedCandidates(ctx.sqlite, ctx.today)) {
      const offer = offers.get(placementId);
      if (!candidate.induction || !offer || !allowedAt(candidate, offer, ctx.today)) continue;
      people.push({
        orderId: candidate.orderId,
        placementId,
        availability: candidate.induction.availability,
        restrictions: candidate.assessment?.restrictions ?? [],
      });
    }
    const plan = planSessions({
      from,
      to,
      placements: placementsToRun(ctx.sqlite, from),
      people,
      existing: existingSessions(sessionsBetween(ctx.sqlite, from, to)),
      supervisors: supervisorPool(staffForRota(ctx.sqlite, from, to)),
      ratioOn: ratios(ctx),
    });
    writePlan(ctx.sqlite, plan.sessions, ctx.now);
    return {
      sessionsMade: plan.sessionsMade,
      bookingsMade: plan.bookingsMade,
      supervisorsAssigned: plan.supervisorsAssigned,
      sessionsShort: plan.sessionsShort,
    };
  },

  forSession: ({ sessionId }, ctx) => rotaOf(ctx, sessionId),

  assignSupervisor: ({ sessionId, staffId, lead }, ctx) => {
    const { session, around, staff } = loadSession(ctx, sessionId);
    const who = staff.get(staffId);
    if (!who || !who.active || !supervisingRoles.includes(who.role))
      throw fieldError(
        'staffId',
        'Supervisor must be one of the supervisors or UPW managers in post',
      );
    const warnings = checkAssignment(ctx, session, around, who);
    addSupervisor(ctx.sqlite, sessionId, staffId, ctx.now);
    if (lead || session.leaderId === null) {
      // The leader being replaced stays on the session as a supervisor.
      if (session.leaderId !== null)
        addSupervisor(ctx.sqlite, sessionId, session.leaderId, ctx.now);
      setLeader(ctx.sqlite, sessionId, staffId);
    }
    return { ...rotaOf(ctx, sessionId), warnings };
  },

  removeSupervisor: ({ sessionId, staffId }, ctx) => {
    const { session } = loadSession(ctx, sessionId);
    if (!session.staffIds.includes(staffId)) throw notFound('The supervisor on this session');
    if (!changeable(session, ctx.today)) {
      throw ruleError(
        'This session has happened and its register is recorded: its supervisors are part of the record and cannot be taken off.',
      );
    }
    takeOffSupervisor(ctx.sqlite, sessionId, staffId);
    if (session.leaderId === staffId)
      setLeader(ctx.sqlite, sessionId, session.staffIds.find((id) => id !== staffId) ?? null);
    return rotaOf(ctx, sessionId);
  },

  forecast: ({ days }, ctx) => {
    const from = ctx.today;
    const to = addDays(from, days - 1);
    const sessions = sessionsBetween(ctx.sqlite, from, to);
    const staff = staffForRota(ctx.sqlite, from, to);
    const ratioOn = ratios(ctx);
    const atRisk = sessionsAtRisk(sessions, staff, ratioOn);
    const orderIds = [...new Set(atRisk.flatMap((v) => v.session.bookings.map((b) => b.orderId)))];
    const fixed = withFixes(atRisk, {
      today: ctx.today,
      sessions,
      staff,
      pool: supervisorPool(staff),
      ratioOn,
      candidates: candidatesOf(ctx.sqlite, orderIds, ctx.today),
      offers: atRisk.length ? placementOffers(ctx.sqlite) : new Map(),
    });
    return {
      from,
      to,
      sessionsChecked: sessions.filter(
        (s) => s.placementType === 'GROUP' && s.bookings.length > 0 && s.recorded === 0,
      ).length,
      sessionsAtRisk: fixed.length,
      peopleStoodDown: fixed.reduce((sum, s) => sum + s.shortBy, 0),
      sessions: fixed,
    };
  },
};
