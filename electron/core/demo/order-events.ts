import { labelOf, type OrderStatus } from '../../../shared/codes';
import { addMonths, ageOn, formatDate } from '../../../shared/dates';
import { outcomes, type Outcome } from '../../../shared/placement-codes';
import type { EndingKind } from '../../../shared/session-codes';
import { allowedIgnoringCapacity, fitScore } from '../allocation/rules';
import { allocationEndDate } from '../endings/rules';
import { respondWithinDays } from '../../../shared/contract/enforcement';
import { stepFor } from '../enforcement/rules';
import { plusDays, plusWorkingDays } from './days';
import { raiseAlert, writeNote } from './supervision';
import {
  acceptableReason,
  breachReason,
  caseManagerNotes,
  endingReason,
  exitInterviewText,
  warningReason,
} from './texts';
import { stamp, type SimOrder, type SimPlacement, type YearContext } from './year-types';

/**
 * What happens to an order between sessions: allocation, the decisions on its failures, the
 * court's extensions and endings, completion and the exit interview.
 */

/**
 * Allocates as the manager would on the day: the best-fitting placement the allocation rules
 * allow with a place free (the same order as the allocation screen's ranking: fit, then name).
 * Someone whose employability share is used up goes to the best placement of another kind, and
 * the reason is kept. With nowhere free, the manager tries again a week or two later.
 */
export function allocate(ctx: YearContext, o: SimOrder, date: string, avoidEmployability = false) {
  const candidate = o.journey.candidate;
  if (o.status !== 'LIVE' || o.allocation || !candidate || !o.journey.assessmentId) return;
  candidate.age = ageOn(o.person.dateOfBirth, date);
  const allowed: { p: SimPlacement; score: number }[] = [];
  const seen = new Set<SimPlacement>();
  // Only placements running when the person is free: the rule that turns most of them away.
  for (const slot of o.availability) {
    for (const p of ctx.placementsAt.get(slot) ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      if (p.allocated < p.capacity && allowedIgnoringCapacity(candidate, p, date))
        allowed.push({ p, score: fitScore(candidate, p) });
    }
  }
  const before = (a: { p: SimPlacement; score: number }, b: { p: SimPlacement; score: number }) =>
    a.score > b.score || (a.score === b.score && a.p.nameOrder < b.p.nameOrder);
  let chosen: { p: SimPlacement; score: number } | null = null;
  for (const a of allowed) {
    if (avoidEmployability && a.p.type === 'EMPLOYABILITY') continue;
    if (!chosen || before(a, chosen)) chosen = a;
  }
  if (!chosen) {
    // Weekly at first, then every fortnight, for as long as the order is live.
    const wait = o.retries++ < 8 ? 7 : 14;
    ctx.at(plusDays(date, wait), (d) => allocate(ctx, o, d, avoidEmployability));
    return;
  }
  const index = allowed.filter((a) => before(a, chosen)).length;
  const { p, score } = chosen;
  const id = Number(
    ctx.put.allocation.run(
      o.id,
      p.id,
      o.journey.assessmentId,
      date,
      score,
      index + 1,
      index > 0 ? 'The employability share of the order is used up' : null,
      null,
      ctx.now,
    ).lastInsertRowid,
  );
  ctx.counts.rows += 1;
  o.allocation = { id, placement: p, allocatedOn: date };
  p.allocated += 1;
  p.members.push(o);
  if (o.lastPlacement) return;
  // First allocation: some orders will be cut short by the court, and some case managers write.
  const { random } = ctx;
  const fate: EndingKind | null = random.chance(0.05)
    ? 'REVOKED'
    : random.chance(0.03)
      ? 'TRANSFERRED'
      : null;
  if (fate) {
    ctx.at(plusDays(date, random.int(14, 220)), (d) => {
      if (o.status === 'LIVE' && o.unrecorded === 0) endOrder(ctx, o, fate, d);
    });
  }
  if (random.chance(0.06)) {
    const written = plusDays(date, random.int(1, 20));
    writeNote(ctx, o, {
      author: 'CASE_MANAGER',
      by: o.caseManager,
      text: random.pick(caseManagerNotes),
      alert: false,
      date: written > ctx.today ? date : written,
    });
  }
}

/** The allocation ends with the order or a move; its place is free again. */
export function endAllocation(ctx: YearContext, o: SimOrder, date: string) {
  const a = o.allocation;
  if (!a) return;
  ctx.put.endAllocation.run(allocationEndDate(a.allocatedOn, date), a.id);
  ctx.counts.rows += 1;
  const members = a.placement.members;
  members.splice(members.indexOf(o), 1);
  a.placement.allocated -= 1;
  o.lastPlacement = a.placement;
  o.allocation = null;
}

const treatment: [number, number][] = [
  [5, 35],
  [4, 40],
  [3, 18],
  [2, 5],
  [1, 2],
];

/** Ends the order as the office records it; a completion usually gets its exit interview. */
export function endOrder(ctx: YearContext, o: SimOrder, kind: EndingKind, date: string) {
  const { random, put } = ctx;
  endAllocation(ctx, o, date);
  o.status = kind as OrderStatus;
  o.endedOn = date;
  const reason = endingReason(random, kind, {
    courtName: o.courtName,
    outstanding: o.ordered - o.credited,
    endDate: o.endDate,
  });
  put.ending.run(o.id, reason, random.pick(ctx.officeStaff), stamp(date, '16:30'));
  ctx.counts.endings += 1;
  ctx.counts.rows += 1;
  if (kind !== 'COMPLETED' || !random.chance(0.88)) return;
  const interviewedOn = random.chance(0.6) ? date : plusDays(date, random.int(1, 14));
  if (interviewedOn > ctx.today) return;
  const p = o.lastPlacement;
  const text = exitInterviewText(
    random,
    p?.work ?? 'unpaid work',
    p?.beneficiary ?? 'the Unpaid Work team',
  );
  put.exitInterview.run({
    orderId: o.id,
    interviewedOn,
    ...text,
    skillsGained: JSON.stringify((p?.skills ?? []).filter(() => random.chance(0.7))),
    treatmentRating: random.weighted(treatment),
    workWorthwhile: random.weighted([
      ['YES', 75],
      ['UNSURE', 15],
      ['NO', 10],
    ] as const),
    willVolunteer: random.weighted([
      ['YES', 12],
      ['UNSURE', 25],
      ['NO', 63],
    ] as const),
    offeredPaidWork: random.chance(p?.features.includes('EMPLOYABILITY_LINK') ? 0.12 : 0.03)
      ? 1
      : 0,
    // As far as the case manager knows: most have not offended again during the order.
    furtherOffence: random.weighted([
      ['NO', 78],
      ['YES', 7],
      ['UNSURE', 15],
    ] as const),
    interviewedBy: random.pick(ctx.officeStaff),
    createdAt: stamp(interviewedOn, '15:00'),
  });
  ctx.counts.exitInterviews += 1;
  ctx.counts.rows += 1;
}

/**
 * All hours credited: the office records the completion on the day, except where a register is
 * still to come in (it cannot end an order with outcomes missing) and, now and then, a recent
 * one not yet done, so the list of orders ready to complete has something on it.
 */
export function complete(ctx: YearContext, o: SimOrder, date: string) {
  if (o.unrecorded > 0) return;
  if (date >= plusDays(ctx.today, -14) && ctx.random.chance(0.3)) return;
  endOrder(ctx, o, 'COMPLETED', date);
}

export interface Failure {
  bookingId: number;
  date: string;
  outcome: Outcome;
  placementName: string;
  recordedOn: string;
}

const acceptableOdds: Partial<Record<Outcome, number>> = { UACP: 0.15, AFTC: 0.1, ATSH: 0.03 };

/**
 * The decision on an enforceable failure, a few working days after its register came in: evidence
 * accepted now and then, otherwise the step the enforcement rules call for. A breach referral
 * goes to the case manager, and to court some weeks later. Failures too recent to have been
 * decided (and a few older ones) are left pending.
 */
export function scheduleDecision(ctx: YearContext, o: SimOrder, failure: Failure) {
  const { random, today } = ctx;
  const lag = random.weighted([
    [0, 30],
    [1, 35],
    [2, 15],
    [3, 10],
    [5, 7],
    [8, 3],
  ] as const);
  const decidedOn = plusWorkingDays(failure.recordedOn, lag);
  if (decidedOn > today || (failure.date >= plusDays(today, -21) && random.chance(0.04))) return;
  ctx.at(decidedOn, (d) => decide(ctx, o, failure, d));
}

function decide(ctx: YearContext, o: SimOrder, failure: Failure, decidedOn: string) {
  if (o.status !== 'LIVE') return;
  const { random, put } = ctx;
  const by = random.pick(ctx.officeStaff);
  const due = stepFor(o.decisions, failure.date, ctx.policy.warningWindowMonths);
  const decision = random.chance(acceptableOdds[failure.outcome] ?? 0) ? 'ACCEPTABLE' : due.step;
  const reason =
    decision === 'ACCEPTABLE'
      ? acceptableReason(random, failure.outcome)
      : decision === 'WARNING'
        ? warningReason(random, failure.outcome)
        : breachReason(random);
  put.decision.run(
    o.id,
    failure.bookingId,
    decision,
    failure.date,
    decidedOn,
    decision === 'WARNING' ? plusDays(decidedOn, respondWithinDays) : null,
    reason,
    by,
    stamp(decidedOn, '11:00'),
  );
  ctx.counts.decisions += 1;
  ctx.counts.rows += 1;
  o.decisions.push({ decision, failureDate: failure.date, decidedOn });
  // A warning brings many people round.
  if (decision === 'WARNING' && o.reliability > 0 && random.chance(0.5)) o.reliability -= 1;
  if (decision !== 'BREACH') return;
  o.breaches += 1;
  raiseAlert(
    ctx,
    o.id,
    'BREACH',
    decidedOn,
    `Breach referral for ${o.person.listName}: ${labelOf(outcomes, failure.outcome).toLowerCase()} ` +
      `at ${failure.placementName} on ${formatDate(failure.date)} after a ${due.why}. ` +
      `Decided by ${by}: ${reason}`,
  );
  ctx.at(plusDays(decidedOn, random.int(21, 49)), (hearing) => {
    if (o.status !== 'LIVE') return;
    if (random.chance(o.breaches > 1 ? 0.8 : 0.55) && o.unrecorded === 0) {
      endOrder(ctx, o, 'BREACHED_RESENTENCED', hearing);
      return;
    }
    writeNote(ctx, o, {
      author: 'CASE_MANAGER',
      by: o.caseManager,
      text: `Breach proven at ${o.courtName} on ${formatDate(hearing)}; the order continues with a fine. Warned that a further failure goes back to court.`,
      alert: false,
      date: hearing,
    });
  });
}

/**
 * The end date: twelve weeks before it the pace is noted; four weeks before, an order that will
 * not finish in time is often extended by the court. An order still short of its hours stays in
 * force until they are worked, so some weeks after the end date the office either takes it back
 * to court, lets it expire, or lets the person finish (late); a few months on, anyone still not
 * done goes back to court or expires.
 */
export function watchEndDate(ctx: YearContext, o: SimOrder) {
  const { random } = ctx;
  const stillShort = (endDate: string) =>
    o.status === 'LIVE' && o.endDate === endDate && o.credited < o.ordered && o.unrecorded === 0;
  const expire = (endDate: string) =>
    ctx.at(plusDays(endDate, random.int(7, 35)), (d) => {
      if (!stillShort(endDate)) return;
      const step = random.next();
      if (step < 0.35) endOrder(ctx, o, 'BREACHED_RESENTENCED', d);
      else if (step < 0.5) endOrder(ctx, o, 'EXPIRED', d);
      else
        ctx.at(plusDays(d, random.int(60, 120)), (later) => {
          if (stillShort(endDate))
            endOrder(ctx, o, random.chance(0.6) ? 'BREACHED_RESENTENCED' : 'EXPIRED', later);
        });
    });
  ctx.at(plusDays(o.endDate, -84), () => {
    o.snapshot = o.credited;
  });
  ctx.at(plusDays(o.endDate, -28), (d) => {
    const outstanding = o.ordered - o.credited;
    if (o.status !== 'LIVE' || outstanding <= 0) return;
    const perWeek = o.snapshot === null ? 0 : (o.credited - o.snapshot) / 8;
    const weeksNeeded = outstanding / Math.max(perWeek, 60);
    if (plusDays(d, Math.ceil(weeksNeeded * 7)) <= o.endDate || !random.chance(0.3)) return;
    const newEnd = addMonths(o.endDate, random.int(3, 6));
    ctx.put.extension.run(
      o.id,
      d,
      newEnd,
      random.pick([
        'Extended by the court: time lost to illness',
        'Extended by the court: sessions lost to stand-downs',
        'Extended by the court: new job limited the days available',
      ]),
      ctx.now,
    );
    ctx.counts.rows += 1;
    o.endDate = newEnd;
    o.extended = true;
    expire(newEnd);
  });
  expire(o.endDate);
}
