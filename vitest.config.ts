import { configDefaults, defineConfig } from 'vitest/config';

// Tests that start the split services on the shared Kafka broker use the catalog's topic and consumer-group
// names, so two of them at once would take each other's events: they run one at a time, after the rest.
// Every other test file has its own database, topics and ports, and most of their time is spent waiting
// (on the broker, PostgreSQL, a sandbox), so they run three at a time even on two cores.
const sharedBroker = ['apps/cli/src/split-mode.test.ts', 'apps/cli/src/crash-safety.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'isolated',
          include: [
            'packages/*/src/**/*.test.ts',
            'services/*/src/**/*.test.ts',
            'apps/cli/src/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, ...sharedBroker],
          maxWorkers: 3,
        },
      },
      {
        extends: true,
        test: { name: 'shared-broker', include: sharedBroker, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
