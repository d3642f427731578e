/**
 * A delay for the charts as the values of `health.delay`: seconds under two minutes (minutes 0),
 * else minutes and seconds.
 */
export function delayValues(ms: number): { minutes: number; seconds: number } {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return { minutes: 0, seconds };
  return { minutes: Math.floor(seconds / 60), seconds: seconds % 60 };
}
