import { trtcErrors } from "../errors";
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

const SUPPORTED_PROTOCOLS = new Set(["http:", "https:", "rtmp:", "rtmps:"]);

/** Checks what the schema cannot: the room id against its type, and the URL's form. */
export function assertValidIngestRequest(request: StartIngestRequest): void {
  if (request.roomIdType === ROOM_ID_TYPE.integer && !isIntegerRoomId(request.roomId)) {
    throw trtcErrors.invalidRoomId(
      `Parameter \`RoomId\` must be a decimal integer from 1 to 4294967295 when \`RoomIdType\` is 1 (integer room), got "${request.roomId}".`,
    );
  }
  let url: URL;
  try {
    url = new URL(request.streamUrl);
  } catch {
    throw trtcErrors.invalidStreamUrl(`Parameter \`StreamUrl\` must be an absolute URL, got "${request.streamUrl}".`);
  }
  if (!SUPPORTED_PROTOCOLS.has(url.protocol)) {
    throw trtcErrors.invalidStreamUrl("Parameter `StreamUrl` must be an http(s) media URL or an rtmp:// stream URL.");
  }
}
