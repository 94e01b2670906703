import { migrate } from '@learnflow/platform';
import { boot } from '../boot.ts';

export async function migrateCommand(): Promise<void> {
  const platform = await boot({ migrate: false, seed: false });
  try {
    const applied = await migrate(platform.db);
    console.log(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
  } finally {
    await platform.close();
  }
}
