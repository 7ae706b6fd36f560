import { addDays } from '../../../shared/dates';

/** When a note was written, in England's time: "26/11/2026, 10:00". */
export function writtenAt(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
    hour12: false,
    timeZone: 'Europe/London',
  });
}

/** How a due date stands today: overdue, due within a week, or later. */
export function dueState(due: string, today: string | undefined): 'overdue' | 'soon' | 'later' {
  if (!today) return 'later';
  if (due < today) return 'overdue';
  return due <= addDays(today, 7) ? 'soon' : 'later';
}
