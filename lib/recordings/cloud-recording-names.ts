/**
 * VOD names of the newer cloud recording (CreateCloudRecording), reference §5.2:
 *
 *   single stream  [<UserDefineRecordId>__UserDefine_u_]<SdkAppId>_<RoomId>_UserId_s_<UserId>_UserId_e_<MediaId>[_<Index>]
 *   mixed          [<UserDefineRecordId>__UserDefine_u_]<SdkAppId>_<RoomId>[_<Index>]
 *
 * `<UserId>` and string `<RoomId>` values are base64 with `/` written `-` and `=` written `.`, so
 * they never contain `_`: underscores only ever separate the parts.
 */
const USER_DEFINE_SEPARATOR = "__UserDefine_u_";
const ENCODED = "[A-Za-z0-9+\\-.]+";
const SINGLE = new RegExp(`^(\\d{7,10})_(${ENCODED})_UserId_s_(${ENCODED})_UserId_e_(main|aux)(?:_(\\d+))?$`);
const MIXED = new RegExp(`^(\\d{7,10})_(${ENCODED})(?:_(\\d+))?$`);

export interface CloudRecordingName {
  userDefineRecordId: string | null;
  sdkAppId: number;
  roomId: string;
  /** Null for a mixed recording. */
  userId: string | null;
  mediaId: "main" | "aux" | null;
  isMixed: boolean;
  /** The part number of a file split at 2 GB or 24 h (from 1); null when not split. */
  index: number | null;
}

/**
 * Decodes a name's base64 value (`-` for `/`, `.` for `=`). A value that does not decode to clean
 * UTF-8 text, or would not encode back the same, was never encoded: it is returned as it is.
 */
export function decodeNameBase64(value: string): string {
  const base64 = value.replaceAll("-", "/").replaceAll(".", "=");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return value;
  const decoded = Buffer.from(base64, "base64").toString("utf8");
  const isClean = decoded !== "" && !decoded.includes("\uFFFD") && !/\p{Cc}/u.test(decoded);
  const roundTrips = Buffer.from(decoded, "utf8").toString("base64").replace(/=+$/, "") === base64.replace(/=+$/, "");
  return isClean && roundTrips ? decoded : value;
}

/** Numeric rooms are written as they are; string rooms are encoded like user ids. */
function decodeRoomId(value: string): string {
  return /^\d+$/.test(value) ? value : decodeNameBase64(value);
}

/** Splits a cloud-recording name into its parts, or null when it does not follow §5.2. */
export function parseCloudRecordingName(name: string): CloudRecordingName | null {
  const separator = name.indexOf(USER_DEFINE_SEPARATOR);
  const userDefineRecordId = separator > 0 ? name.slice(0, separator) : null;
  const rest = separator > 0 ? name.slice(separator + USER_DEFINE_SEPARATOR.length) : name;
  const index = (text: string | undefined) => (text === undefined ? null : Number(text));
  const single = SINGLE.exec(rest);
  if (single) {
    const [, sdkAppId = "", roomId = "", userId = "", mediaId, part] = single;
    return {
      userDefineRecordId,
      sdkAppId: Number(sdkAppId),
      roomId: decodeRoomId(roomId),
      userId: decodeNameBase64(userId),
      mediaId: mediaId === "aux" ? "aux" : "main",
      isMixed: false,
      index: index(part),
    };
  }
  const mixed = MIXED.exec(rest);
  if (!mixed) return null;
  const [, sdkAppId = "", roomId = "", part] = mixed;
  return {
    userDefineRecordId,
    sdkAppId: Number(sdkAppId),
    roomId: decodeRoomId(roomId),
    userId: null,
    mediaId: null,
    isMixed: true,
    index: index(part),
  };
}
