import { msg } from "@/lib/i18n/message";
import { agoMessage } from "@/lib/readiness/ago";
import { recordingPath } from "@/lib/recordings/recording-path";
import type { RecordingFormat } from "@/lib/schemas/recording-limits";
import type { RecordingGeneration } from "@/lib/schemas/application";

/** What the console knows of an app's way to its first recording, read from its database. */
export interface ChecklistFacts {
  generation: RecordingGeneration;
  /** Legacy apps: the recording settings the console last saved; null: never saved here. */
  savedSettings: {
    enabled: boolean;
    mode: "global" | "chosen";
    formats: readonly RecordingFormat[];
    hasCallbackUrl: boolean;
  } | null;
  /** Cloud apps: recording tasks the console started, and when the last one started. */
  tasks: { count: number; lastStartedAt: Date | null };
  hasTrtcCallbackKey: boolean;
  /** The newest verified event of each callback; null: none yet. */
  lastTrtcRoomOrMediaEvent: Date | null;
  lastTrtcRecordingEvent: Date | null;
  lastCssCallback: Date | null;
  /** The recordings the console knows of (recording_files). */
  recordings: { count: number; newestAt: Date | null; calledBackCount: number; lastCalledBackAt: Date | null };
  /** The app's recording first played in the console's player (recording_files.first_played_at); null: none yet. */
  firstPlayed: { fileId: string; vodSubAppId: number | null; at: Date } | null;
}

export type ChecklistItemId =
  "recording" | "cssCallback" | "trtcCallbacks" | "firstRecording" | "played" | "calledBack";

/** One recording's page (its FileId, and `?subAppId=` when not the default VOD sub-application). */
export type RecordingPageHref = `/recordings/${string}`;

/** The console pages an item links to: a section, or one recording's page. */
export type ChecklistHref = "/settings" | "/callbacks" | "/rooms" | "/recordings" | RecordingPageHref;

export const isRecordingPageHref = (href: string): href is RecordingPageHref => href.startsWith("/recordings/");

export type ChecklistState = "done" | "todo";

export interface ChecklistItem {
  id: ChecklistItemId;
  state: ChecklistState;
  /** One line, a message from `msg` (put into words where shown). */
  detail: string;
  /** The console page where it is done. */
  href: ChecklistHref;
}

const D = "overview.checklist.details";
const FORMAT_NAMES: Record<RecordingFormat, string> = { hls: "HLS", mp4: "MP4", flv: "FLV", aac: "AAC" };

/** "HLS + MP4": format names are the same in every language. */
const formatsInWords = (formats: readonly RecordingFormat[]): string =>
  formats.map((format) => FORMAT_NAMES[format]).join(" + ");

const latest = (...dates: ReadonlyArray<Date | null>): Date | null =>
  dates.reduce<Date | null>((newest, date) => (date && (!newest || date > newest) ? date : newest), null);

function recordingItem(facts: ChecklistFacts, now: Date): ChecklistItem {
  if (facts.generation === "cloud") {
    const { count, lastStartedAt } = facts.tasks;
    return count > 0 && lastStartedAt
      ? {
          id: "recording",
          state: "done",
          detail: msg(`${D}.cloudTasks`, { count, ago: agoMessage(lastStartedAt, now) }),
          href: "/rooms",
        }
      : { id: "recording", state: "todo", detail: msg(`${D}.cloudNoTask`), href: "/rooms" };
  }
  const settings = facts.savedSettings;
  if (!settings) return { id: "recording", state: "todo", detail: msg(`${D}.legacyNotSaved`), href: "/settings" };
  if (!settings.enabled) return { id: "recording", state: "todo", detail: msg(`${D}.legacyOff`), href: "/settings" };
  return {
    id: "recording",
    state: "done",
    detail: msg(`${D}.legacyOn`, { mode: settings.mode, formats: formatsInWords(settings.formats) }),
    href: "/settings",
  };
}

function cssCallbackItem(facts: ChecklistFacts, now: Date): ChecklistItem {
  const last = facts.lastCssCallback;
  if (last)
    return {
      id: "cssCallback",
      state: "done",
      detail: msg(`${D}.cssLast`, { ago: agoMessage(last, now) }),
      href: "/callbacks",
    };
  return facts.savedSettings?.hasCallbackUrl
    ? { id: "cssCallback", state: "todo", detail: msg(`${D}.cssSetNone`), href: "/callbacks" }
    : { id: "cssCallback", state: "todo", detail: msg(`${D}.cssNoUrl`), href: "/settings" };
}

function trtcCallbacksItem(facts: ChecklistFacts, now: Date): ChecklistItem {
  const last = latest(facts.lastTrtcRoomOrMediaEvent, facts.lastTrtcRecordingEvent);
  if (last)
    return {
      id: "trtcCallbacks",
      state: "done",
      detail: msg(`${D}.trtcLast`, { ago: agoMessage(last, now) }),
      href: "/callbacks",
    };
  return facts.hasTrtcCallbackKey
    ? { id: "trtcCallbacks", state: "todo", detail: msg(`${D}.trtcKeyNone`), href: "/callbacks" }
    : { id: "trtcCallbacks", state: "todo", detail: msg(`${D}.trtcNoKey`), href: "/settings" };
}

function firstRecordingItem(facts: ChecklistFacts, now: Date): ChecklistItem {
  const { count, newestAt } = facts.recordings;
  if (count > 0 && newestAt) {
    return {
      id: "firstRecording",
      state: "done",
      detail: msg(`${D}.recordings`, { count, ago: agoMessage(newestAt, now) }),
      href: "/recordings",
    };
  }
  const where: ChecklistHref = facts.generation === "cloud" ? "/rooms" : "/recordings";
  return { id: "firstRecording", state: "todo", detail: msg(`${D}.noRecording`), href: where };
}

function calledBackItem(facts: ChecklistFacts, now: Date): ChecklistItem {
  const { calledBackCount, lastCalledBackAt } = facts.recordings;
  if (calledBackCount > 0 && lastCalledBackAt) {
    return {
      id: "calledBack",
      state: "done",
      detail: msg(`${D}.calledBack`, { count: calledBackCount, ago: agoMessage(lastCalledBackAt, now) }),
      href: "/callbacks",
    };
  }
  return {
    id: "calledBack",
    state: "todo",
    detail: msg(facts.recordings.count > 0 ? `${D}.notCalledBack` : `${D}.comesWithFirstRecording`),
    href: "/callbacks",
  };
}

/** Done once the console's player has played any of the app's recordings; links to the first one played. */
function playedItem(facts: ChecklistFacts, now: Date): ChecklistItem {
  const played = facts.firstPlayed;
  if (played) {
    const page = recordingPath(played.fileId, played.vodSubAppId);
    return {
      id: "played",
      state: "done",
      detail: msg(`${D}.firstPlayed`, { ago: agoMessage(played.at, now) }),
      href: isRecordingPageHref(page) ? page : "/recordings",
    };
  }
  return {
    id: "played",
    state: "todo",
    detail: msg(facts.recordings.count > 0 ? `${D}.notPlayed` : `${D}.comesWithFirstRecording`),
    href: "/recordings",
  };
}

/**
 * The newcomer's checklist of an app, in the order things are done: recording on, callbacks set
 * and seen, then a first recording made, played and called back. CSS callbacks only for legacy
 * apps (cloud-recording apps get TRTC's recording events). Played means played in the console's
 * own player: a play straight from VOD or a CDN never reaches the console.
 */
export function buildChecklist(facts: ChecklistFacts, now: Date): ChecklistItem[] {
  return [
    recordingItem(facts, now),
    ...(facts.generation === "legacy" ? [cssCallbackItem(facts, now)] : []),
    trtcCallbacksItem(facts, now),
    firstRecordingItem(facts, now),
    playedItem(facts, now),
    calledBackItem(facts, now),
  ];
}
