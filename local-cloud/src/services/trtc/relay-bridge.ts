import type { Logger } from "../../core/logger";
import { claimsToBeMix, hasMixToken } from "../../media/mixer/mix-publish";
import type { RelayPolicy } from "../../media/relay/relay";
import type { AppDirectory } from "./models/app-directory";
import { parsePublish } from "./models/publish-identity";
import type { Rooms } from "./models/rooms";
import { sdkAppIdOfStreamApp } from "./models/stream-id";

/**
 * TRTC's rules for the relay: a publish is a user entering a room (admitted only into a known app,
 * with room and user named in the push URL, once per stream type), and its end is the user leaving.
 * The local cloud's own mixer publishes too (with `mixToken`): its mixes enter no room.
 */
export function trtcRelayPolicy(rooms: Rooms, apps: AppDirectory, logger: Logger, mixToken: string): RelayPolicy {
  const report = (work: Promise<void>) =>
    work.catch((error: unknown) =>
      logger.error(`room update failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  return {
    authorizePublish: (publish) => {
      if (claimsToBeMix(publish.query)) {
        if (!hasMixToken(publish.query, mixToken)) return "only the local cloud's mixer publishes mixes";
        const sdkAppId = sdkAppIdOfStreamApp(publish.app);
        return sdkAppId !== undefined && apps.has(sdkAppId) ? null : `no such app for the mix: /${publish.app}`;
      }
      const parsed = parsePublish(publish, (sdkAppId) => apps.has(sdkAppId));
      if (!parsed.ok) return parsed.reason;
      return rooms.admissionProblem(parsed.identity);
    },
    onPublishStarted: (publish) => {
      if (claimsToBeMix(publish.query)) return;
      const parsed = parsePublish(publish, (sdkAppId) => apps.has(sdkAppId));
      if (parsed.ok) void report(rooms.join(parsed.identity));
    },
    onPublishEnded: (sessionId) => void report(rooms.leave(sessionId)),
  };
}
