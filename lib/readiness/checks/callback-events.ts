import type { RecordingGeneration } from "@/lib/schemas/application";
import type { ReadinessCheck } from "../check-context";
import { FIX_URLS } from "../fix-urls";
import { formatWhen } from "../format";
import type { CallbackEventTimes, ReadinessLine } from "../types";

interface Group {
  id: string;
  name: string;
  last: (times: CallbackEventTimes) => Date | null;
  unverified: (times: CallbackEventTimes) => Date | null;
  /** Null: every app gets it; else only apps of that generation. */
  onlyFor: RecordingGeneration | null;
  howToFix: string;
  fixUrl?: string;
}

const TRTC_FIX =
  "Give TRTC's console the URL and key of the line above (changes there take effect after about 5 minutes)";

const GROUPS: readonly Group[] = [
  {
    id: "callbacks.trtc-room-media",
    name: "TRTC room or media event (EventGroupId 1, 2)",
    last: (times) => times.trtcRoomAndMedia,
    unverified: (times) => times.trtcUnverified,
    onlyFor: null,
    howToFix: `${TRTC_FIX}; the rooms pages follow these events.`,
    fixUrl: FIX_URLS.trtcApplications,
  },
  {
    id: "callbacks.trtc-recording",
    name: "TRTC cloud-recording event (EventGroupId 3)",
    last: (times) => times.trtcRecording,
    unverified: (times) => times.trtcUnverified,
    onlyFor: "cloud",
    howToFix: `${TRTC_FIX}; tasks take their state from these events. The first arrives when a task starts.`,
    fixUrl: FIX_URLS.trtcApplications,
  },
  {
    id: "callbacks.css",
    name: "CSS recording callback",
    last: (times) => times.css,
    unverified: (times) => times.cssUnverified,
    onlyFor: "legacy",
    howToFix:
      "Save the recording settings with this console's callback URL and key (see the CSS callback line); the first arrives when a recording file is written.",
  },
];

/**
 * When the last verified event of each callback group arrived: none at all means Tencent does not
 * reach the console with a key it accepts (a delivery that did not verify says which half is
 * wrong). Groups the app's generation does not get are said to be unused.
 */
export function interpretCallbackEvents(
  generation: RecordingGeneration,
  times: CallbackEventTimes | null,
  unavailable: string,
  now: Date,
): ReadinessLine[] {
  return GROUPS.map((group) => {
    if (!times) {
      return { id: group.id, status: "not-checked", title: `Last ${group.name}: not read`, detail: unavailable };
    }
    const last = group.last(times);
    const isExpected = group.onlyFor === null || group.onlyFor === generation;
    if (last) {
      return {
        id: group.id,
        status: "ok",
        title: `Last verified ${group.name}: ${formatWhen(last, now)}`,
        detail: "Tencent reaches the console, and the key verifies.",
      };
    }
    if (!isExpected) {
      return {
        id: group.id,
        status: "ok",
        title: `No ${group.name} expected`,
        detail: `This app records with ${generation === "legacy" ? "the legacy recording" : "cloud recording"}, which does not send them.`,
      };
    }
    const unverified = group.unverified(times);
    return {
      id: group.id,
      status: "warning",
      title: `No verified ${group.name} has arrived yet`,
      detail: `${group.howToFix}${unverified ? ` A delivery arrived at ${formatWhen(unverified, now)} whose signature did not verify: the key TRTC or CSS holds is not the console's (the Callbacks page says why).` : ""}`,
      ...(group.fixUrl ? { fixUrl: group.fixUrl } : {}),
    };
  });
}

export const callbackEventsCheck: ReadinessCheck = async (context) =>
  interpretCallbackEvents(
    context.target.generation,
    await context.callbackEvents(),
    context.callbackEventsUnavailable,
    context.now,
  );
