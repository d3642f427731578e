import type { ActionUnderTest } from "./cases";
import { consoleActions } from "./console-actions";
import { liveActions } from "./live-actions";
import { recordingActions } from "./recording-actions";

/** What the table needs from the console under test: its users and a recording of the legacy app. */
export interface TableContext {
  userIds: { admin: string; viewer: string };
  /** A VOD file of LEGACY_APP (stream path trtc_<LEGACY_APP>). */
  legacyFileId: string;
}

/**
 * Every server action of the console (`grep -rln '"use server"' lib`), with a valid input and
 * its own hostile cases; each also gets the generic ones (cases.ts). Ranges are reference §2 and
 * §3's, as lib/schemas holds them, at both edges. The spec checks that none of the build's is missing.
 */
export function actionTable(context: TableContext): ActionUnderTest[] {
  return [...recordingActions(context), ...liveActions(), ...consoleActions(context)];
}
