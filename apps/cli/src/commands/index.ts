import type { Command } from 'commander';
import { register as exportData } from './export.command.js';
import { register as extract } from './extract.command.js';
import { register as ingest } from './ingest.command.js';
import { register as migrate } from './migrate.command.js';
import { register as rebuild } from './rebuild.command.js';
import { register as reextract } from './reextract.command.js';
import { register as replay } from './replay.command.js';
import { register as serve } from './serve.command.js';

/** One entry per sub-command (import it above as `register as <name>`); keep the list alphabetical. */
const commands: Array<(program: Command) => void> = [exportData, extract, ingest, migrate, rebuild, reextract, replay, serve];

export function registerCommands(program: Command): void {
  for (const register of commands) register(program);
}
