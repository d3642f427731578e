/**
 * How the mixer's own ffmpeg publishes a mixed picture into the relay. It is not a user entering
 * a room, so the push URL carries what the mix is instead of `roomid`/`userid`: the query keys
 * below, plus a token only this process knows, so that nobody else's push can pass for a mix.
 */

import { ROOM_ID_TYPE, type RoomIdType } from "../../services/trtc/models/room-key";

export type MixKind = "mcu" | "task";

/** What a mixed stream is: an MCU mix (`StartMCUMixTranscode`) or a cloud-recording task's mix. */
export interface MixIdentity {
  kind: MixKind;
  sdkAppId: number;
  roomId: string;
  roomIdType: RoomIdType;
  /** MCU `OutputParams.RecordId`: the mix is recorded as `RecordId_start_end`. */
  recordId: string | undefined;
  /** MCU `RecordAudioOnly=1`: the recording keeps audio only. */
  recordAudioOnly: boolean;
  /** The task whose mix this is. */
  taskId: string | undefined;
}

const KEYS = {
  token: "localmix",
  kind: "mixkind",
  room: "mixroom",
  roomType: "mixroomtype",
  recordId: "recordid",
  audioOnly: "recordaudioonly",
  taskId: "taskid",
} as const;

/** The push URL's query for a mix (values URL-encoded). */
export function mixPublishQuery(identity: MixIdentity, token: string): string {
  const entries: Array<[string, string]> = [
    [KEYS.token, token],
    [KEYS.kind, identity.kind],
    [KEYS.room, identity.roomId],
    [KEYS.roomType, String(identity.roomIdType)],
  ];
  if (identity.recordId) entries.push([KEYS.recordId, identity.recordId]);
  if (identity.recordAudioOnly) entries.push([KEYS.audioOnly, "1"]);
  if (identity.taskId) entries.push([KEYS.taskId, identity.taskId]);
  return entries.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join("&");
}

/** True when the push claims to be a mix (whether or not its token is right). */
export const claimsToBeMix = (query: Record<string, string>) => query[KEYS.token] !== undefined;

/** The push's token is this process's: only then is it a mix. */
export const hasMixToken = (query: Record<string, string>, token: string) => query[KEYS.token] === token;

/**
 * The mix a push is, from its (lower-cased) query, or undefined if it does not claim to be one.
 * The token is not checked here: the relay's policy has admitted only pushes with the right one.
 */
export function parseMixPublish(sdkAppId: number, query: Record<string, string>): MixIdentity | undefined {
  if (!claimsToBeMix(query)) return undefined;
  const kind: MixKind = query[KEYS.kind] === "task" ? "task" : "mcu";
  return {
    kind,
    sdkAppId,
    roomId: query[KEYS.room] ?? "",
    roomIdType: query[KEYS.roomType] === String(ROOM_ID_TYPE.string) ? ROOM_ID_TYPE.string : ROOM_ID_TYPE.integer,
    recordId: query[KEYS.recordId] || undefined,
    recordAudioOnly: query[KEYS.audioOnly] === "1",
    taskId: query[KEYS.taskId] || undefined,
  };
}

/** The query as CSS would report it (`stream_param`, SourceContext): without the token. */
export function publicMixQuery(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([key]) => key !== KEYS.token));
}
