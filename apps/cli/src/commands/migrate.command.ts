import type { Command } from 'commander';
import { loadConfig } from '@sitrep/config';

export function register(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (DATABASE_URL, or the embedded PostgreSQL) and exit')
    .action(async () => {
      const { openDatabase, migrateToLatest } = await import('@sitrep/database');
      const handle = await openDatabase(loadConfig(), { migrate: false, log: (m) => process.stderr.write(`${m}\n`) });
      try {
        const applied = await migrateToLatest(handle.db);
        process.stdout.write(
          applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'database is up to date\n',
        );
      } finally {
        await handle.close();
      }
    });
}
