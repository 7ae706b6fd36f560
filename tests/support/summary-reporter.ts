import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends every run with the plain line CI reads: `vitest: N passed, N failed, N skipped`, and fails
 * the run when nothing ran at all.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      if (module.state() === 'failed' && !module.children.size) failed += 1;
    }
    if (unhandledErrors.length) failed += unhandledErrors.length;
    if (passed + failed === 0 || failed > 0) process.exitCode = 1;
    console.log(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
