import { msg } from "@/lib/i18n/message";
import type { RecordingGeneration } from "@/lib/schemas/application";
import type { ReadinessCheck } from "../check-context";
import { FIX_URLS } from "../fix-urls";
import { formatWhen, sentences } from "../format";
import type { CallbackEventTimes, ReadinessLine } from "../types";

const K = "readiness.checks.callbackEvents";

interface Group {
  id: string;
  /** The group's name, a message: "TRTC room or media event (EventGroupId 1, 2)". */
  name: string;
  last: (times: CallbackEventTimes) => Date | null;
  unverified: (times: CallbackEventTimes) => Date | null;
  /** Null: every app gets it; else only apps of that generation. */
  onlyFor: RecordingGeneration | null;
  howToFix: string;
  fixUrl?: string;
}

const GROUPS: readonly Group[] = [
  {
    id: "callbacks.trtc-room-media",
    name: msg(`${K}.names.trtcRoomMedia`),
    last: (times) => times.trtcRoomAndMedia,
    unverified: (times) => times.trtcUnverified,
    onlyFor: null,
    howToFix: msg(`${K}.fix.trtcRoomMedia`),
    fixUrl: FIX_URLS.trtcApplications,
  },
  {
    id: "callbacks.trtc-recording",
    name: msg(`${K}.names.trtcRecording`),
    last: (times) => times.trtcRecording,
    unverified: (times) => times.trtcUnverified,
    onlyFor: "cloud",
    howToFix: msg(`${K}.fix.trtcRecording`),
    fixUrl: FIX_URLS.trtcApplications,
  },
  {
    id: "callbacks.css",
    name: msg(`${K}.names.css`),
    last: (times) => times.css,
    unverified: (times) => times.cssUnverified,
    onlyFor: "legacy",
    howToFix: msg(`${K}.fix.css`),
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
      return {
        id: group.id,
        status: "not-checked",
        title: msg(`${K}.notRead`, { group: group.name }),
        detail: unavailable,
      };
    }
    const last = group.last(times);
    const isExpected = group.onlyFor === null || group.onlyFor === generation;
    if (last) {
      return {
        id: group.id,
        status: "ok",
        title: msg(`${K}.lastVerified`, { group: group.name, when: formatWhen(last, now) }),
        detail: msg(`${K}.reaches`),
      };
    }
    if (!isExpected) {
      return {
        id: group.id,
        status: "ok",
        title: msg(`${K}.notExpected`, { group: group.name }),
        detail: msg(`${K}.notSent`, { generation }),
      };
    }
    const unverified = group.unverified(times);
    return {
      id: group.id,
      status: "warning",
      title: msg(`${K}.noneYet`, { group: group.name }),
      detail: sentences(
        group.howToFix,
        unverified ? msg(`${K}.unverified`, { when: formatWhen(unverified, now) }) : null,
      ),
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
