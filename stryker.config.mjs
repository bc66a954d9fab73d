// Mutation testing of the core logic (`npm run test:mutation`; not part of
// `npm test`, as it takes long). StrykerJS changes the code in small ways
// (a condition flipped, a boundary moved, a string emptied) and runs the
// unit tests against each change: a change that no test notices is a
// place where the tests would not catch a real bug. The clear-text report
// gives the score per module; the goal is 80% killed on each.
//
// Stryker 9.6 is the line that runs on Node 20 (10.x needs Node 22).
// One module or folder: `npm run test:mutation -- --mutate src/features/case/case-basics.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vite.config.ts', related: true },
  mutate: [
    // The wizard's path and URL modules.
    'src/features/wizard/step-url.ts',
    'src/features/wizard/answer-path.ts',
    'src/features/wizard/wizard-machine.ts',
    'src/content/graph-paths.ts',
    'src/shared/paths.ts',
    // The content loader and its checks.
    'src/build/load-content.ts',
    'src/build/check-messages.ts',
    // The log analyzer and masking.
    'src/features/logs/log-analyzer.ts',
    'src/features/logs/analyzer/**/*.ts',
    'src/features/logs/mask.ts',
    'src/features/logs/sign-in.ts',
    'src/features/logs/bridge.ts',
    // What a search query says a check found.
    'src/features/search/check-findings.ts',
    'src/shared/search-answers.ts',
    // The case model, store recovery and evidence.
    'src/features/case/case-basics.ts',
    'src/features/case/case-model.ts',
    'src/features/case/case-store.ts',
    'src/features/case/case-summary.ts',
    'src/features/case/shared-case.ts',
    '!src/**/*.test.ts',
  ],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 30000,
  tempDirName: '.stryker-tmp',
  // Stryker copies the project into a sandbox: never the outputs of other
  // runs (a browser-test run writing test-results/ made the copy fail).
  ignorePatterns: ['test-results', 'playwright-report', 'dist', 'reports', '.stryker-tmp*'],
  cleanTempDir: 'always',
};
