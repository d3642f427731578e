import "server-only";
import type { StatPoint } from "@/lib/costs/usage-readings";
import { cloudRead } from "../call";
import { cloudClients, type VodClient } from "../clients";
import { vodWindow, type BillingRange } from "../billing-range";
import { resolveSubAppId } from "./sub-app-id";
import { toStatPoints } from "./stat-points";

/** Playback traffic per day of a VOD application (null: the default one), in bytes (DataType Flux). */
export async function describeCdnUsageData(
  input: { subAppId: number | null; range: BillingRange },
  vod: VodClient = cloudClients().vod,
): Promise<StatPoint[]> {
  const SubAppId = await resolveSubAppId(input.subAppId, vod);
  const response = await cloudRead("vod:DescribeCDNUsageData", () =>
    vod.DescribeCDNUsageData({ ...vodWindow(input.range), SubAppId, DataType: "Flux", DataInterval: 1440 }),
  );
  return toStatPoints(response.Data);
}
