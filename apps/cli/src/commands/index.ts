import type { Command } from 'commander';

/** One line per sub-command; keep the list alphabetical. */
const commands: Array<(program: Command) => void> = [];

export function registerCommands(program: Command): void {
  for (const register of commands) register(program);
}
