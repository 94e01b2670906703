export { handled } from './handled.ts';
export { createTestPlatform, type TestDatabase, type TestPlatform, testDatabases } from './test-platform.ts';
