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

const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  timeZoneName: 'shortOffset',
});

/** The instant (ISO, UTC) a day begins in England and Wales: 23:00 UTC the day before in summer. */
export function startOfLondonDay(date: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const name =
    offsetFormat.formatToParts(noon).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const hours = Number(/GMT([+-]\d+)?/.exec(name)?.[1] ?? 0);
  return new Date(Date.parse(`${date}T00:00:00Z`) - hours * 3_600_000).toISOString();
}
