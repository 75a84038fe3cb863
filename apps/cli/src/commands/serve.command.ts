import { type Command, InvalidArgumentError } from 'commander';

function port(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError('expected a port from 0 to 65535');
  return Number(value);
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP API (PostgreSQL from DATABASE_URL, or an embedded one in SITREP_DATA_DIR); docs at /docs')
    .option('-p, --port <port>', 'HTTP port (default: PORT or 3000; 0 picks a free one)', port)
    .option('--host <address>', 'bind address (default: HOST or 127.0.0.1)')
    .action(async (options: { port?: number; host?: string }) => {
      const [{ loadConfig }, { startApi }] = await Promise.all([
        import('../../../../libs/config/src/index.js'),
        import('../../../api/src/main.js'),
      ]);
      const config = loadConfig();
      const api = await startApi(config, options);
      process.stderr.write(`sitrep: listening on ${api.url} (API docs: ${api.url}/docs)\n`);
      process.stdout.write(`${api.url}\n`);
    });
}
