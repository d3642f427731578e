import { trtcErrors } from "../errors";
import { isIngestUrlScheme } from "./ingest-protocols";
import { ROOM_ID_TYPE, isIntegerRoomId, type RoomIdType } from "./room-key";

export interface StartIngestRequest {
  sdkAppId: number;
  roomId: string;
  roomIdType: RoomIdType;
  userId: string;
  streamUrl: string;
  repeatNum: number;
  maxDurationMinutes: number | undefined;
  seekSeconds: number | undefined;
  volume: number | undefined;
}

const SCHEME_REFUSAL = "Parameter `StreamUrl` must be an http:// or https:// media URL, or an rtmp:// stream URL.";

/**
 * Checks what the schema cannot: the room id against its type, and the URL's scheme. Answers the
 * URL as the WHATWG parser normalized it, which is what ffmpeg is then given: the raw text may
 * differ (leading spaces, tabs), and ffmpeg would read `" http://…"` as a local file name.
 */
export function assertValidIngestRequest(request: StartIngestRequest): string {
  if (request.roomIdType === ROOM_ID_TYPE.integer && !isIntegerRoomId(request.roomId)) {
    throw trtcErrors.invalidRoomId(
      `Parameter \`RoomId\` must be a decimal integer from 1 to 4294967295 when \`RoomIdType\` is 1 (integer room), got "${request.roomId}".`,
    );
  }
  let url: URL;
  try {
    url = new URL(request.streamUrl);
  } catch {
    throw trtcErrors.invalidStreamUrl(SCHEME_REFUSAL);
  }
  if (!isIngestUrlScheme(url.protocol) || !url.hostname) throw trtcErrors.invalidStreamUrl(SCHEME_REFUSAL);
  return url.href;
}
