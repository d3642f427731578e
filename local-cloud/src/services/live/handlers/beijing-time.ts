/** CSS answers rule times in Beijing time (the SDK's field notes say so): `YYYY-MM-DDTHH:mm:ss+08:00`. */
export function beijingTime(date: Date): string {
  return `${new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}
