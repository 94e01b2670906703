import { boot } from '../boot.ts';
import { seed } from '../seed.ts';

export async function seedCommand(): Promise<void> {
  const platform = await boot({ migrate: true, seed: false });
  try {
    await seed(platform.db, { demo: platform.config.LEARNFLOW_SEED_DEMO });
    console.log(`seeded the curriculum${platform.config.LEARNFLOW_SEED_DEMO ? ' and the demo users' : ''}`);
  } finally {
    await platform.close();
  }
}
