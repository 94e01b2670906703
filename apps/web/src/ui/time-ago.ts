const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 minutes ago", "just now", "yesterday". */
export function timeAgo(iso: string, now = Date.now()): string {
  const elapsed = new Date(iso).getTime() - now;
  if (Number.isNaN(elapsed)) return '';
  if (Math.abs(elapsed) < 45_000) return 'just now';
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(elapsed) >= ms || unit === 'minute') return format.format(Math.round(elapsed / ms), unit);
  }
  return '';
}
