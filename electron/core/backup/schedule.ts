import type { BackupService } from './service';

export interface ScheduleOptions {
  /** Time between timed copies; a copy is skipped when nothing has been written since the last. */
  everyMs: number;
  log?: (message: string, error: unknown) => void;
}

/**
 * A copy when Amends starts, then one every `everyMs` while it runs. Failures are logged, not
 * thrown: a missing backup drive must not stop the office working. Returns a stop function.
 */
export function startAutomaticBackups(
  service: BackupService,
  options: ScheduleOptions,
): () => void {
  const log = options.log ?? ((message, error) => console.error(message, error));
  const attempt = (kind: 'START' | 'TIMED') =>
    service
      .create(kind, { onlyIfChanged: kind === 'TIMED' })
      .catch((error: unknown) => log(`The ${kind.toLowerCase()} backup failed`, error));
  void attempt('START');
  const timer = setInterval(() => void attempt('TIMED'), options.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
