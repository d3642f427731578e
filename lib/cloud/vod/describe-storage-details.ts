import "server-only";
import type { StatPoint } from "@/lib/costs/usage-readings";
import { cloudRead } from "../call";
import { cloudClients, type VodClient } from "../clients";
import { vodWindow, type BillingRange } from "../billing-range";
import { resolveSubAppId } from "./sub-app-id";
import { toStatPoints } from "./stat-points";

/** Bytes stored per day in a VOD application (null: the default one), in or outside the Chinese mainland. */
export async function describeStorageDetails(
  input: { subAppId: number | null; range: BillingRange; area: "Chinese Mainland" | "Outside Chinese Mainland" },
  vod: VodClient = cloudClients().vod,
): Promise<StatPoint[]> {
  const SubAppId = await resolveSubAppId(input.subAppId, vod);
  const response = await cloudRead("vod:DescribeStorageDetails", () =>
    vod.DescribeStorageDetails({
      ...vodWindow(input.range),
      SubAppId,
      Interval: "Day",
      StorageType: "TotalStorage",
      Area: input.area,
    }),
  );
  return toStatPoints(response.Data);
}
