import { formatDate } from '../../../shared/dates';
import type { FieldErrors } from '../../../shared/errors';

/** An incident may be reported up to this long before the session starts or after it ends (travel, setting up, clearing away). */
export const minutesAroundSession = 60;

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

function timeOf(minutes: number): string {
  const clamped = Math.min(Math.max(minutes, 0), 23 * 60 + 59);
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

/** The times an incident at this session may have happened: the session, give or take an hour. */
export function incidentWindow(session: { startTime: string; endTime: string }) {
  return {
    from: timeOf(minutesOf(session.startTime) - minutesAroundSession),
    to: timeOf(minutesOf(session.endTime) + minutesAroundSession),
  };
}

/** The field refusals of a report against its session and today; empty when it may be recorded. */
export function checkIncident(
  report: { occurredAt: string; reportedOn: string },
  session: { date: string; startTime: string; endTime: string },
  today: string,
): FieldErrors {
  const fields: FieldErrors = {};
  const window = incidentWindow(session);
  if (report.occurredAt < window.from || report.occurredAt > window.to) {
    fields.occurredAt = `Time it happened must be during the session or within an hour of it (${window.from} to ${window.to})`;
  }
  if (report.reportedOn > today) fields.reportedOn = 'Date reported cannot be in the future';
  else if (report.reportedOn < session.date) {
    fields.reportedOn = `Date reported cannot be before the session (${formatDate(session.date)})`;
  }
  return fields;
}

/** The first line of what happened, cut to a length a list can show. */
export function summarise(text: string, length = 120): string {
  const line = text.trim().split('\n')[0]!.trim();
  return line.length > length ? `${line.slice(0, length - 1).trimEnd()}…` : line;
}
