import type { CloudProbes } from "./cloud-probes";
import type { CallbackEventTimes, PublicUrl, ReadinessLine, ReadinessTarget } from "./types";

/** What every check may read: the application, the console's facts, the cloud's answers. */
export interface CheckContext {
  target: ReadinessTarget;
  /** The console's keys as they may be shown: the SecretId shortened, never the key. */
  credentials: { secretIdHint: string; endpoint: string; region: string };
  publicUrl: PublicUrl;
  probes: CloudProbes;
  /** When the last event of each callback group arrived; null when the database cannot be read here. */
  callbackEvents: () => Promise<CallbackEventTimes | null>;
  /** Why `callbackEvents` gives null, said on the lines that need it. */
  callbackEventsUnavailable: string;
  now: Date;
}

/** One check: a line, or several (one per product, one per denied action). */
export type ReadinessCheck = (context: CheckContext) => Promise<ReadinessLine | ReadinessLine[]>;
