import { expect, it } from 'vitest';
import { runCrashTrials } from './harness';

const TRIALS = Number(process.env.AMENDS_CRASH_TRIALS ?? 25);
const RESTORE_TRIALS = Number(process.env.AMENDS_CRASH_RESTORE_TRIALS ?? 10);
const SEED = Number(process.env.AMENDS_CRASH_SEED ?? 20261126);

it(`loses nothing across ${TRIALS} kills mid-write and ${RESTORE_TRIALS} mid-restore (seed ${SEED})`, async () => {
  const { writes, restores } = await runCrashTrials({
    trials: TRIALS,
    restoreTrials: RESTORE_TRIALS,
    seed: SEED,
    log: (line) => console.log(line),
  });
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    [
      `crash harness (seed ${SEED}):`,
      `  writes:   ${writes.kills} kills, ${writes.committed} writes reported committed, all present; ${seconds(writes.ms)}`,
      `  restores: ${restores.kills} kills, ${restores.committed} restores completed, database whole each time; ${seconds(restores.ms)}`,
    ].join('\n'),
  );
  const problems = [...writes.trials, ...restores.trials].flatMap((t) =>
    t.problems.map((p) => `trial ${t.trial + 1}: ${p}`),
  );
  expect(problems).toEqual([]);
  // The kills must land while writes are going on, or the test proves little.
  expect(writes.trials.filter((t) => t.committed > 1).length).toBeGreaterThan(TRIALS / 2);
}, 120_000);
