import { cpus, freemem, totalmem, type as osType, release, loadavg } from 'node:os';
import type postgres from 'postgres';

/** What the figures were measured on; printed at the top of every run and written to the results file. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  freeMemoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  /** Where PostgreSQL runs: `embedded`, or the host:port of DATABASE_URL. */
  database: string;
  /** 1-minute load average when the run started: a busy machine makes every figure lower. */
  loadAverage: number;
}

export async function machineInfo(sql: postgres.Sql, database: string): Promise<MachineInfo> {
  const [{ version }] = await sql<{ version: string }[]>`SELECT version()`;
  const list = cpus();
  return {
    cpu: list[0]?.model?.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: round1(totalmem() / 2 ** 30),
    freeMemoryGiB: round1(freemem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    postgres: version.split(' on ')[0] ?? version,
    database,
    loadAverage: round1(loadavg()[0] ?? 0),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function describeMachine(m: MachineInfo): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM; Node ${m.node}; ${m.postgres} (${m.database}); load ${m.loadAverage}`;
}
