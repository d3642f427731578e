/** Display helpers shared by the library table and the recording page. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "–";
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, "0")}`;
}

export function formatSize(bytes: number | null): string {
  if (bytes === null) return "–";
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

/** "expires in N days" or "kept forever", from now. */
export function formatExpiry(expiresAt: string | null, now = Date.now()): string {
  if (!expiresAt) return "kept forever";
  const days = Math.ceil((new Date(expiresAt).getTime() - now) / 86_400_000);
  return days <= 0 ? "expires today" : `expires in ${days} day${days === 1 ? "" : "s"}`;
}

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString();
}
