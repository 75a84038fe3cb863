/** Day arithmetic: days since 1970-01-01 (UTC), ISO dates, weekdays. */
export const dayNumber = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / 86400000);
// every event's range is printed through here, and reports cluster on a few days
const ISO = new Map<number, string>();
export function isoOf(day: number): string {
  let s = ISO.get(day);
  if (s === undefined) {
    s = new Date(day * 86400000).toISOString().slice(0, 10);
    if (ISO.size >= 10_000) ISO.clear();
    ISO.set(day, s);
  }
  return s;
}
export function parseIso(s: string | null | undefined): number | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const [y, m, d] = s.split('-').map(Number);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const n = dayNumber(y, m, d);
  return isoOf(n) === s ? n : null;
}
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
export const yearOf = (day: number) => new Date(day * 86400000).getUTCFullYear();
export const monthOf = (day: number) => new Date(day * 86400000).getUTCMonth() + 1;
export const lastDay = (y: number, m: number) => dayNumber(y, m + 1, 1) - 1;

/** The year of a day-month without one: by its modifier, else the most recent on or before the reference. */
export function resolveYearless(
  ref: number | null,
  m: number,
  d: number | null,
  mode: 'past' | 'current' | 'next' | 'auto',
): number | null {
  if (ref === null) return null;
  const ry = yearOf(ref);
  const rm = monthOf(ref);
  if (mode === 'current') return ry;
  if (mode === 'next') return m > rm ? ry : ry + 1;
  if (mode === 'past') return m < rm || (m === rm && d !== null && d < 0) ? ry : m === rm ? ry - 1 : ry - 1 + (m < rm ? 1 : 0);
  // auto: the most recent such month on or before the reference (news reports the past)
  if (m < rm) return ry;
  if (m === rm) return d === null || dayNumber(ry, m, d) <= ref + 1 ? ry : ry - 1;
  return ry - 1;
}
