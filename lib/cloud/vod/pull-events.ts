import "server-only";
import type { EventContent } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import { cloudRead } from "../call";
import { cloudClients, type VodClient } from "../clients";
import { resolveSubAppId } from "./sub-app-id";

/** The unconfirmed events of a VOD application (null: the default one); each stays until confirmed. */
export async function pullEvents(
  subAppId: number | null,
  vod: VodClient = cloudClients().vod,
): Promise<EventContent[]> {
  const SubAppId = await resolveSubAppId(subAppId, vod);
  // Not Describe…: cloudRead's retry is still safe, an event stays queued until ConfirmEvents.
  const response = await cloudRead("vod:PullEvents", () => vod.PullEvents({ SubAppId }));
  return response.EventSet ?? [];
}
