import type { Logger } from "../../core/logger";
import type { RelayPolicy } from "../../media/relay/relay";
import type { AppDirectory } from "./models/app-directory";
import { parsePublish } from "./models/publish-identity";
import type { Rooms } from "./models/rooms";

/**
 * TRTC's rules for the relay: a publish is a user entering a room (admitted only into a known app,
 * with room and user named in the push URL, once per stream type), and its end is the user leaving.
 */
export function trtcRelayPolicy(rooms: Rooms, apps: AppDirectory, logger: Logger): RelayPolicy {
  const report = (work: Promise<void>) =>
    work.catch((error: unknown) =>
      logger.error(`room update failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  return {
    authorizePublish: (publish) => {
      const parsed = parsePublish(publish, (sdkAppId) => apps.has(sdkAppId));
      if (!parsed.ok) return parsed.reason;
      return rooms.admissionProblem(parsed.identity);
    },
    onPublishStarted: (publish) => {
      const parsed = parsePublish(publish, (sdkAppId) => apps.has(sdkAppId));
      if (parsed.ok) void report(rooms.join(parsed.identity));
    },
    onPublishEnded: (sessionId) => void report(rooms.leave(sessionId)),
  };
}
