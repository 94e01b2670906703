import {
  createPlatform,
  loadConfig,
  migrate,
  type Platform,
  PlatformConfigSchema,
} from '@learnflow/platform';
import { bootstrapAdmin } from './bootstrap-admin.ts';
import { seed } from './seed.ts';

export interface BootOptions {
  migrate: boolean;
  seed: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Config, then the process-wide parts, then (optionally) migrations and the seed. */
export async function boot(options: BootOptions): Promise<Platform> {
  const config = loadConfig(PlatformConfigSchema, options.env);
  const platform = await createPlatform(config);
  try {
    if (options.migrate) {
      const applied = await migrate(platform.db);
      if (applied.length > 0) platform.log.info({ applied }, 'migrations applied');
    }
    if (options.seed) {
      await seed(platform.db, { demo: config.LEARNFLOW_SEED_DEMO });
      await bootstrapAdmin(platform);
    }
    return platform;
  } catch (error) {
    await platform.close().catch(() => {});
    throw error;
  }
}
