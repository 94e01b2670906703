export { insertAccounts } from './accounts.ts';
export { codeRun } from './code-run.ts';
export { deliver, envelopeOf, probe } from './events.ts';
export { handled } from './handled.ts';
export { TestClock } from './test-clock.ts';
export { createTestPlatform, type TestDatabase, type TestPlatform, testDatabases } from './test-platform.ts';
