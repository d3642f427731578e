import "server-only";
import { cloudWrite } from "../call";
import { cloudClients, type VodClient } from "../clients";
import { resolveSubAppId } from "./sub-app-id";

/** Removes handled events (at most 16 per call, VOD's limit) from a VOD application's queue. */
export async function confirmEvents(
  handles: readonly string[],
  subAppId: number | null,
  vod: VodClient = cloudClients().vod,
): Promise<void> {
  const SubAppId = await resolveSubAppId(subAppId, vod);
  for (let i = 0; i < handles.length; i += 16) {
    const EventHandles = handles.slice(i, i + 16);
    await cloudWrite("vod:ConfirmEvents", () => vod.ConfirmEvents({ EventHandles, SubAppId }));
  }
}
