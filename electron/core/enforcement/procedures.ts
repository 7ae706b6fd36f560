import { labelOf } from '../../../shared/codes';
import { respondWithinDays } from '../../../shared/contract/enforcement';
import { addDays, daysBetween, formatDate } from '../../../shared/dates';
import { AppError, notFound, ruleError } from '../../../shared/errors';
import { outcomes } from '../../../shared/placement-codes';
import { enforcementDecisions } from '../../../shared/session-codes';
import type { Context, Handlers } from '../context';
import { findOffice } from '../office/store';
import { orderOrFail } from '../orders/guard';
import { policyOn } from '../policy/store';
import { raiseAlert } from '../supervision/store';
import { stepFor } from './rules';
import {
  addresseeOf,
  decisionForBooking,
  decisionsOf,
  enforceableOutcomes,
  findDecision,
  findFailure,
  insertDecision,
  pastDecisionsOf,
  pendingFailures,
  recentDecisions,
  sessionStartOf,
  type DecisionRow,
} from './store';

const hasLetter = (d: DecisionRow) => d.decision !== 'ACCEPTABLE';
const present = (d: DecisionRow) => ({ ...d, letterAvailable: hasLetter(d) });
const decisionLabel = (code: string) => labelOf(enforcementDecisions, code).toLowerCase();

/** The step a failure calls for, under the warning window in force on the day of the failure. */
function stepDue(ctx: Context, orderId: number, failureDate: string, exceptId?: number) {
  const history = decisionsOf(ctx.db, orderId).filter((d) => d.id !== exceptId);
  const window = policyOn(ctx.db, failureDate).values.warningWindowMonths;
  return { ...stepFor(history, failureDate, window), window };
}

function decisionOrFail(ctx: Context, id: number) {
  const decision = findDecision(ctx.db, id);
  if (!decision) throw notFound('The enforcement decision');
  return decision;
}

export const enforcementProcedures: Handlers<'enforcement'> = {
  pending: (_input, ctx) => {
    const failures = pendingFailures(ctx.db);
    const past = pastDecisionsOf(
      ctx.db,
      failures.map((f) => f.orderId),
    );
    const windows = new Map<string, number>();
    const windowOn = (date: string) => {
      if (!windows.has(date)) windows.set(date, policyOn(ctx.db, date).values.warningWindowMonths);
      return windows.get(date)!;
    };
    return failures.map((f) => {
      const due = stepFor(past.get(f.orderId) ?? [], f.sessionDate, windowOn(f.sessionDate));
      return {
        ...f,
        step: due.step,
        why: due.why,
        daysWaiting: Math.max(0, daysBetween(f.sessionDate, ctx.today)),
      };
    });
  },

  decide: ({ bookingId, decision, reason }, ctx) => {
    const failure = findFailure(ctx.db, bookingId);
    if (!failure) throw notFound('The booking');
    if (!failure.outcome)
      throw ruleError('No outcome is recorded for this session yet: there is nothing to decide.');
    if (!enforceableOutcomes.includes(failure.outcome)) {
      throw ruleError(
        `${labelOf(outcomes, failure.outcome)} is not an enforceable outcome: there is nothing to decide.`,
      );
    }
    if (failure.orderStatus !== 'LIVE')
      throw ruleError('This order has ended: no enforcement decision can be recorded on it.');
    const earlier = decisionForBooking(ctx.db, bookingId);
    if (earlier) {
      throw new AppError(
        'CONFLICT',
        `The failure on ${formatDate(failure.sessionDate)} already has a decision: ` +
          `${decisionLabel(earlier.decision)} on ${formatDate(earlier.decidedOn)} by ${earlier.decidedBy}.`,
      );
    }
    const due = stepDue(ctx, failure.orderId, failure.sessionDate);
    if (decision !== 'ACCEPTABLE' && decision !== due.step) {
      throw ruleError(
        `A ${decisionLabel(due.step)} is due, not a ${decisionLabel(decision)}: ${due.why}.`,
      );
    }
    const id = insertDecision(ctx.db, {
      orderId: failure.orderId,
      bookingId,
      decision,
      failureDate: failure.sessionDate,
      decidedOn: ctx.today,
      respondBy: decision === 'WARNING' ? addDays(ctx.today, respondWithinDays) : null,
      reason,
      decidedBy: ctx.account!.name,
      createdAt: ctx.now,
    });
    if (decision === 'BREACH') {
      // The case manager owns the sentence: a breach referral is theirs to take to court.
      raiseAlert(ctx.db, {
        orderId: failure.orderId,
        source: 'BREACH',
        raisedOn: ctx.today,
        message:
          `Breach referral for ${failure.personName}: ${labelOf(outcomes, failure.outcome).toLowerCase()} ` +
          `at ${failure.placementName} on ${formatDate(failure.sessionDate)} after a ${due.why}. ` +
          `Decided by ${ctx.account!.name}: ${reason}`,
        createdAt: ctx.now,
      });
    }
    return present(decisionOrFail(ctx, id));
  },

  history: ({ orderId }, ctx) => {
    orderOrFail(ctx, orderId);
    return decisionsOf(ctx.db, orderId).map(present);
  },

  recent: ({ limit }, ctx) => recentDecisions(ctx.db, limit).map(present),

  letter: ({ decisionId }, ctx) => {
    const d = decisionOrFail(ctx, decisionId);
    if (d.decision === 'ACCEPTABLE')
      throw ruleError('Evidence was accepted for this absence: there is no letter to print.');
    const order = orderOrFail(ctx, d.orderId);
    const office = findOffice(ctx.db);
    const person = addresseeOf(ctx.db, d.orderId);
    // The warning a breach follows: the one the rules found when it was decided (decisions stand).
    const due = stepDue(ctx, d.orderId, d.failureDate, d.id);
    return {
      id: d.id,
      decision: d.decision,
      decidedOn: d.decidedOn,
      respondBy: d.respondBy,
      respondWithinDays,
      decidedBy: d.decidedBy,
      reason: d.reason,
      warningWindowMonths: due.window,
      office: {
        name: office?.name ?? 'Unpaid Work',
        address: office?.address ?? null,
        phone: office?.phone ?? null,
        email: office?.email ?? null,
      },
      person: {
        name: `${person.givenNames} ${person.familyName}`,
        address: person.address,
        postcode: person.postcode,
        caseReference: d.caseReference,
      },
      order: {
        id: order.id,
        courtName: order.courtName,
        sentenceDate: order.sentenceDate,
        endDate: order.endDate,
        hoursOrderedMinutes: order.hoursOrderedMinutes,
        creditedMinutes: order.creditedMinutes,
        outstandingMinutes: order.outstandingMinutes,
        caseManagerName: order.caseManagerName,
      },
      failure: {
        date: d.failureDate,
        startTime: sessionStartOf(ctx.db, d.bookingId),
        placementName: d.placementName,
        outcome: d.outcome,
        outcomeLabel: labelOf(outcomes, d.outcome),
      },
      earlierWarning:
        d.decision === 'BREACH' && due.warning
          ? { decidedOn: due.warning.decidedOn, failureDate: due.warning.failureDate }
          : null,
    };
  },
};
