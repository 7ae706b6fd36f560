import { labelOf } from '../../../shared/codes';
import type { Outcome } from '../../../shared/placement-codes';
import { noteAuthors, type AlertSource, type NoteAuthor } from '../../../shared/session-codes';
import { plusDays } from './days';
import {
  officeNotes,
  planObjectives,
  reviewProgress,
  supervisorConcern,
  supervisorPraise,
} from './texts';
import { stamp, type SimOrder, type YearContext } from './year-types';

/**
 * Supervision during the order: the plan agreed at induction, reviews on its schedule, notes
 * between supervisors, the office and case managers, and the alerts the case manager must see.
 */

/** An alert for the case manager; the office sends most within a couple of days. */
export function raiseAlert(
  ctx: YearContext,
  orderId: number,
  source: AlertSource,
  raisedOn: string,
  message: string,
) {
  const { random, today } = ctx;
  let sentOn: string | null = null;
  if (raisedOn <= plusDays(today, -3) ? random.chance(0.93) : random.chance(0.25)) {
    sentOn = plusDays(raisedOn, random.int(0, 2));
    if (sentOn > today) sentOn = today;
  }
  ctx.put.alert.run(
    orderId,
    source,
    raisedOn,
    message,
    sentOn,
    sentOn ? random.pick(ctx.officeStaff) : null,
    stamp(raisedOn),
  );
  ctx.counts.alerts += 1;
  ctx.counts.rows += 1;
}

/** A note on the order, written on the date; with an alert when the writer asks for one. */
export function writeNote(
  ctx: YearContext,
  o: SimOrder,
  note: { author: NoteAuthor; by: string; text: string; alert: boolean; date: string },
) {
  const time = `${String(ctx.random.int(9, 16)).padStart(2, '0')}:${String(ctx.random.int(0, 59)).padStart(2, '0')}`;
  ctx.put.note.run(
    o.id,
    note.author,
    note.by,
    note.text,
    note.alert ? 1 : 0,
    stamp(note.date, time),
  );
  ctx.counts.rows += 1;
  if (note.alert) {
    const from = labelOf(noteAuthors, note.author).toLowerCase();
    raiseAlert(ctx, o.id, 'NOTE', note.date, `Note from the ${from} (${note.by}): ${note.text}`);
  }
}

const reviewWeeks: [number, number][] = [
  [4, 30],
  [6, 20],
  [8, 35],
  [12, 15],
];

/**
 * The supervision plan agreed at induction (a few recent orders still without one) and the
 * reviews after it, each on its date while the order is live. A few of the latest reviews are
 * missed, so the list of reviews due has something on it.
 */
export function planSupervision(ctx: YearContext, o: SimOrder) {
  const { random, today } = ctx;
  const inductedOn = o.journey.inductedOn;
  if (!inductedOn) return;
  if (o.sentenceDate >= plusDays(today, -90) && random.chance(0.06)) return;
  let agreedOn = plusDays(inductedOn, random.int(0, 2));
  if (agreedOn > today) agreedOn = today;
  const weeks = random.weighted(reviewWeeks);
  ctx.put.plan.run(
    o.id,
    agreedOn,
    planObjectives(random, {
      hours: o.ordered / 60,
      endDate: o.endDate,
      employabilityNeed: o.journey.candidate?.induction?.employabilityNeed ?? false,
    }),
    weeks,
    o.caseManager,
    stamp(agreedOn),
  );
  ctx.counts.rows += 1;
  // Reviews are held on their date or a few days before.
  const next = (from: string) => plusDays(from, weeks * 7 - random.int(0, 3));
  const review = (date: string) => {
    if (o.status !== 'LIVE') return;
    if (date >= plusDays(today, -42) && random.chance(0.08)) return;
    ctx.put.review.run(
      o.id,
      date,
      reviewProgress(random, { ...o.tally, credited: o.credited, ordered: o.ordered }),
      o.caseManager,
      stamp(date),
    );
    ctx.counts.rows += 1;
    o.tally = { attended: 0, missed: 0, failures: 0 };
    ctx.at(next(date), review);
  };
  ctx.at(next(agreedOn), review);
}

/** Now and then a supervisor or the office writes on the order after a session. */
export function noteAfterSession(
  ctx: YearContext,
  o: SimOrder,
  outcome: Outcome,
  date: string,
  leader: string | null,
) {
  const { random } = ctx;
  if (leader && outcome === 'ATTC' && random.chance(0.004)) {
    writeNote(ctx, o, {
      author: 'SUPERVISOR',
      by: leader,
      text: random.pick(supervisorPraise),
      alert: false,
      date,
    });
  } else if (leader && (outcome === 'ATTC' || outcome === 'AFTC') && random.chance(0.003)) {
    writeNote(ctx, o, {
      author: 'SUPERVISOR',
      by: leader,
      text: random.pick(supervisorConcern),
      alert: random.chance(0.6),
      date,
    });
  } else if (outcome === 'RSOF' && random.chance(0.1)) {
    writeNote(ctx, o, {
      author: 'OFFICE',
      by: random.pick(ctx.officeStaff),
      text: random.pick(officeNotes),
      alert: false,
      date,
    });
  }
}
