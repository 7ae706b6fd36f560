/** Time comes from a clock passed in, so tests can fix "today". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in England and Wales, whatever the machine's own time zone. */
export function todayIn(clock: Clock): string {
  return londonDate.format(clock.now());
}
