import { labelOf } from '../../../shared/codes';
import { formatDate } from '../../../shared/dates';
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

/** The latest expiry of each kind of training held. */
function latestExpiry(record: SupervisorRecord, kind: TrainingKind): string | null {
  let latest: string | null = null;
  for (const t of record.training)
    if (t.kind === kind && (!latest || t.expiresOn > latest)) latest = t.expiresOn;
  return latest;
}

export function holdsInDate(record: SupervisorRecord, kind: TrainingKind, date: string): boolean {
  const expires = latestExpiry(record, kind);
  return expires !== null && expires >= date;
}

/**
 * Why a supervisor cannot count towards a session on this date and slot, in words; empty when
 * they can. Not working that slot is a reason too: a rota is a promise, not a guess.
 */
export function reasonsUnfit(record: SupervisorRecord, date: string, slot: Slot): string[] {
  const reasons: string[] = [];
  if (!record.active) reasons.push(`${record.name} is no longer in post`);
  const away = record.absences.find((a) => a.fromDate <= date && a.toDate >= date);
  if (away) {
    reasons.push(
      `${record.name} is away (${labelOf(absenceKinds, away.kind).toLowerCase()}) until ${formatDate(away.toDate)}`,
    );
  }
  if (!record.workingSlots.includes(slot)) reasons.push(`${record.name} does not work that day`);
  const lapsed = requiredTraining.filter((kind) => !holdsInDate(record, kind, date));
  if (lapsed.length) {
    reasons.push(
      `${record.name}'s ${lapsed.map((k) => (k === 'RISK_OF_HARM' ? 'risk of harm' : 'health and safety')).join(' and ')} training is not in date`,
    );
  }
  return reasons;
}
