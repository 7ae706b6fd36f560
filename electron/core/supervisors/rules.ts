import { labelOf } from '../../../shared/codes';
import type { TrainingState } from '../../../shared/contract/supervisors';
import { daysBetween, formatDate } from '../../../shared/dates';
import type { Slot } from '../../../shared/placement-codes';
import { absenceKinds, type AbsenceKind, type TrainingKind } from '../../../shared/session-codes';

/** What is known of a supervisor to say whether they can run a work party on a day. */
export interface SupervisorRecord {
  id: number;
  name: string;
  active: boolean;
  workingSlots: readonly Slot[];
  absences: readonly { kind: AbsenceKind; fromDate: string; toDate: string }[];
  training: readonly { kind: TrainingKind; expiresOn: string }[];
}

/** Training a supervisor must hold in date to count towards a session's capacity. */
export const requiredTraining: readonly TrainingKind[] = ['RISK_OF_HARM', 'HEALTH_AND_SAFETY'];

/** Training that runs out within this many days is shown as expiring, so it can be booked in time. */
export const expiringWithinDays = 60;

/** The latest expiry of each kind of training held. */
function latestExpiry(record: SupervisorRecord, kind: TrainingKind): string | null {
  let latest: string | null = null;
  for (const t of record.training)
    if (t.kind === kind && (!latest || t.expiresOn > latest)) latest = t.expiresOn;
  return latest;
}

/** Training counts on the day it expires: `expiresOn` is its last good day. */
export function holdsInDate(record: SupervisorRecord, kind: TrainingKind, date: string): boolean {
  const expires = latestExpiry(record, kind);
  return expires !== null && expires >= date;
}

/** The absence covering the date (both ends included), if any. */
export function absenceOn<A extends { fromDate: string; toDate: string }>(
  absences: readonly A[],
  date: string,
): A | undefined {
  return absences.find((a) => a.fromDate <= date && a.toDate >= date);
}

function awayReason(record: SupervisorRecord, date: string): string | null {
  const away = absenceOn(record.absences, date);
  return away
    ? `${record.name} is away (${labelOf(absenceKinds, away.kind).toLowerCase()}) until ${formatDate(away.toDate)}`
    : null;
}

function trainingReason(record: SupervisorRecord, date: string): string | null {
  const lapsed = requiredTraining.filter((kind) => !holdsInDate(record, kind, date));
  if (!lapsed.length) return null;
  return `${record.name}'s ${lapsed.map((k) => (k === 'RISK_OF_HARM' ? 'risk of harm' : 'health and safety')).join(' and ')} training is not in date`;
}

/**
 * Why a supervisor cannot count towards a session on this date and slot, in words; empty when
 * they can. Not working that slot is a reason too: a rota is a promise, not a guess.
 */
export function reasonsUnfit(record: SupervisorRecord, date: string, slot: Slot): string[] {
  const reasons: string[] = [];
  if (!record.active) reasons.push(`${record.name} is no longer in post`);
  const away = awayReason(record, date);
  if (away) reasons.push(away);
  if (!record.workingSlots.includes(slot)) reasons.push(`${record.name} does not work that day`);
  const training = trainingReason(record, date);
  if (training) reasons.push(training);
  return reasons;
}

/**
 * Why a supervisor cannot lead any session on the date, whatever the time: the reasons of
 * `reasonsUnfit` without the rota, for a list of the office's supervisors.
 */
export function reasonsUnfitOn(record: SupervisorRecord, date: string): string[] {
  return [
    record.active ? null : `${record.name} is no longer in post`,
    awayReason(record, date),
    trainingReason(record, date),
  ].filter((r): r is string => r !== null);
}

/**
 * How one kind of training stands on a date, from the latest expiry held: missing, expired (the
 * day after its expiry), expiring (its last good day within `expiringWithinDays`), else in date.
 */
export function trainingState(expiresOn: string | null, on: string): TrainingState {
  if (expiresOn === null) return 'MISSING';
  if (expiresOn < on) return 'EXPIRED';
  return daysBetween(on, expiresOn) <= expiringWithinDays ? 'EXPIRING' : 'IN_DATE';
}

/** The course that counts for a kind of training: the one that runs out last (the later completion on a tie). */
export function latestOf<T extends { kind: TrainingKind; completedOn: string; expiresOn: string }>(
  training: readonly T[],
  kind: TrainingKind,
): T | null {
  let latest: T | null = null;
  for (const t of training) {
    if (t.kind !== kind) continue;
    if (
      !latest ||
      t.expiresOn > latest.expiresOn ||
      (t.expiresOn === latest.expiresOn && t.completedOn > latest.completedOn)
    )
      latest = t;
  }
  return latest;
}

/** Days an absence covers, its first and last day included. */
export function absenceDays(fromDate: string, toDate: string): number {
  return daysBetween(fromDate, toDate) + 1;
}

/** The first absence sharing at least one day with the period, both ends included. */
export function overlapping<A extends { fromDate: string; toDate: string }>(
  absences: readonly A[],
  fromDate: string,
  toDate: string,
): A | undefined {
  return absences.find((a) => a.fromDate <= toDate && a.toDate >= fromDate);
}
