/**
 * On Ctrl-C or SIGTERM, runs `cleanup` (stop the servers, drop the throwaway database, remove the
 * work dir) before exiting, so an interrupted bench leaves nothing behind. A second signal exits at once.
 */
export function onInterrupt(cleanup: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    console.error(`\n${signal}: stopping the deployment...`);
    cleanup().finally(() => process.exit(130));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
