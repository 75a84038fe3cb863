import { type Command, Option } from 'commander';
import { portOption } from './option-parsers.js';
import type { NodeRole } from '@sitrep/config';

export function register(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP API (PostgreSQL from DATABASE_URL, or an embedded one in SITREP_DATA_DIR); docs at /docs')
    .option('-p, --port <port>', 'HTTP port (default: PORT or 3000; 0 picks a free one)', portOption)
    .option('--host <address>', 'bind address (default: HOST or 127.0.0.1)')
    .addOption(
      new Option(
        '--role <role>',
        'api: HTTP without projections; projector: projections (HTTP only /health, /metrics, /projections); all: both',
      )
        .choices(['api', 'projector', 'all'])
        .env('SITREP_ROLE')
        .default('all'),
    )
    .action(async (options: { port?: number; host?: string; role: NodeRole }) => {
      // A signal while the API's modules load finds nothing open yet: exit 0, as a server stopped later would.
      // startApi takes the signals over, before it opens anything.
      const beforeStart = () => process.exit(0);
      for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, beforeStart);
      const [{ loadConfig }, { startApi }] = await Promise.all([import('@sitrep/config'), import('../../../api/src/main.js')]);
      for (const signal of ['SIGTERM', 'SIGINT'] as const) process.off(signal, beforeStart);
      const config = { ...loadConfig(), role: options.role };
      const api = await startApi(config, options);
      if (!api) return;
      process.stderr.write(`sitrep: ${options.role} node listening on ${api.url} (API docs: ${api.url}/docs)\n`);
      process.stdout.write(`${api.url}\n`);
    });
}
