import type { RecordingGeneration } from "@/lib/schemas/application";

/**
 * How a line of the readiness check stands: `blocking` stops recording (the CLI exits non-zero),
 * `warning` leaves recording working but something else is off, `not-checked` could not be told
 * from here (the detail says why).
 */
export type ReadinessStatus = "ok" | "warning" | "blocking" | "not-checked";

/** One line of the check: what is wrong and what to do, with the Tencent console page that fixes it. */
export interface ReadinessLine {
  /** Stable, for tests and the card: `credentials`, `service.vod`, `cam.trtc:CreateCloudRecording`, … */
  id: string;
  status: ReadinessStatus;
  /** A message from `msg` (lib/i18n/message.ts): put into words where shown, English in the CLI. */
  title: string;
  /** A message from `msg`, or plain text (a cloud's own error, a caller's note). */
  detail: string;
  fixUrl?: string;
}

/** What the console holds of the application, read from its database. */
export interface StoredApplication {
  /** The push domain the console uses; null until found or set under Applications. */
  pushDomain: string | null;
  /** The VOD application the console sends with every VOD call; null: the account's default one. */
  defaultVodSubAppId: number | null;
  /** Whether a TRTC callback key is set (TRTC's events are refused until there is one). */
  hasTrtcCallbackKey: boolean;
}

/** The application checked, as the console has it. */
export interface ReadinessTarget {
  sdkAppId: number;
  generation: RecordingGeneration;
  /** Where the generation comes from, to say so: the console's database, or the environment / a flag (CLI). */
  generationSource: string;
  /** Null when the database could not be read here (the CLI on the embedded PGlite). */
  stored: StoredApplication | null;
}

/** The console's public URL and where it was taken from. */
export interface PublicUrl {
  /** An origin (`https://console.example.com`), or null when none is known. */
  origin: string | null;
  /** `NEXTAUTH_URL`, or what else supplied it (the request, the launcher's default). */
  source: string;
}

/** When the last event of each callback group arrived (received_at), verified or not. */
export interface CallbackEventTimes {
  /** TRTC EventGroupId 1 and 2: room and media events (1xx, 2xx). */
  trtcRoomAndMedia: Date | null;
  /** TRTC EventGroupId 3: cloud-recording events (3xx). */
  trtcRecording: Date | null;
  /** CSS recording callbacks (legacy apps). */
  css: Date | null;
  /** The last TRTC / CSS delivery whose signature did not verify. */
  trtcUnverified: Date | null;
  cssUnverified: Date | null;
}

/** The whole check, as the CLI prints it and the Overview card shows it. */
export interface ReadinessReport {
  target: Pick<ReadinessTarget, "sdkAppId" | "generation">;
  /** Which cloud was asked, as a message (endpoint and region). */
  cloud: string;
  checkedAt: Date;
  lines: ReadinessLine[];
}

/** Whether anything in the report stops recording: the CLI's exit code follows this. */
export const isBlocked = (report: Pick<ReadinessReport, "lines">): boolean =>
  report.lines.some((line) => line.status === "blocking");

/** How many lines have each status. */
export function countByStatus(lines: readonly ReadinessLine[]): Record<ReadinessStatus, number> {
  const counts: Record<ReadinessStatus, number> = { ok: 0, warning: 0, blocking: 0, "not-checked": 0 };
  for (const line of lines) counts[line.status] += 1;
  return counts;
}
