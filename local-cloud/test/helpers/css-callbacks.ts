import { createHash } from "node:crypto";
import type { ReceivedCallback } from "./callback-receiver";

/** A CSS recording callback body (event 100 or 332) as the receiver got it. */
export type CssEvent = Record<string, unknown> & { event_type: number; t: number; sign: string };

/** The JSON bodies that arrived on `path`, in arrival order. */
export function cssEventsAt(received: readonly ReceivedCallback[], path: string): CssEvent[] {
  return received.filter((entry) => entry.path === path).map((entry) => JSON.parse(entry.body) as CssEvent);
}

/** CSS signs with `sign` = md5(CallbackKey + t), t being the expiry in Unix seconds (reference §4.3). */
export function isSignedWith(event: CssEvent, key: string): boolean {
  return (
    event.sign ===
    createHash("md5")
      .update(`${key}${String(event.t)}`)
      .digest("hex")
  );
}
