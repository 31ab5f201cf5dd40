/** 1536 → "1.5 KB", in decimal units as file managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Milliseconds as a short duration: minutes, hours or days. */
export function formatDuration(ms: number | null, units: { min: string; h: string; d: string }): string {
  if (ms === null) return '–';
  const minutes = ms / 60_000;
  if (minutes < 60) return `${Math.round(minutes)} ${units.min}`;
  if (minutes < 48 * 60) return `${(minutes / 60).toFixed(1)} ${units.h}`;
  return `${(minutes / 1440).toFixed(1)} ${units.d}`;
}
