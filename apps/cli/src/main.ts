import { ConfigError } from '@learnflow/platform';
import { ADMIN_USAGE, adminCommand } from './commands/admin.ts';
import { CONTENT_USAGE, contentCommand } from './commands/content-check.ts';
import { doctor } from './commands/doctor.ts';
import { MCP_USAGE, mcpCommand } from './commands/mcp.ts';
import { migrateCommand } from './commands/migrate.ts';
import { MODEL_USAGE, modelCommand } from './commands/model.ts';
import { seedCommand } from './commands/seed.ts';
import { serve } from './commands/serve.ts';
import { up } from './commands/up.ts';
import { UsageError } from './usage-error.ts';

const USAGE = `learnflow <command>

  up                     every service in one process (embedded defaults), gateway on :8180
  serve <service> [--port N]
                         one service on its own port
  migrate                apply database migrations (idempotent)
  seed                   load the curriculum and the demo users (idempotent)
  doctor                 check Node, Python, bubblewrap, the tutor model, the database and the bus
  ${CONTENT_USAGE.replace('learnflow content', 'content')}
  ${ADMIN_USAGE.replaceAll('learnflow admin', 'admin')}
  ${MCP_USAGE.replaceAll('learnflow mcp', 'mcp')}
  ${MODEL_USAGE.replace('learnflow model', 'model')}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'up':
      await up();
      return -1;
    case 'serve': {
      const portIndex = rest.indexOf('--port');
      await serve(
        rest.find((a, i) => !a.startsWith('--') && rest[i - 1] !== '--port'),
        portIndex >= 0 ? rest[portIndex + 1] : undefined,
      );
      return -1;
    }
    case 'migrate':
      await migrateCommand();
      return 0;
    case 'seed':
      await seedCommand();
      return 0;
    case 'doctor':
      return doctor();
    case 'content':
      return contentCommand(rest);
    case 'mcp':
      return mcpCommand(rest);
    case 'model':
      return modelCommand(rest);
    case 'admin':
      await adminCommand(rest);
      return 0;
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    default:
      throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
