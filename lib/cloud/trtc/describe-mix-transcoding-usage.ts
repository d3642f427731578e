import "server-only";
import type { MinutesByDay } from "@/lib/costs/usage-readings";
import { cloudRead } from "../call";
import { cloudClients, type TrtcClient } from "../clients";
import { trtcUsageMinutes } from "./usage-minutes";
import { trtcDays, type BillingRange } from "../billing-range";

/** MCU mix-transcoding minutes per day and resolution (DescribeMixTranscodingUsage). */
export async function describeMixTranscodingUsage(
  input: { sdkAppId: number; range: BillingRange },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<MinutesByDay> {
  const response = await cloudRead("trtc:DescribeMixTranscodingUsage", () =>
    trtc.DescribeMixTranscodingUsage(trtcDays(input.sdkAppId, input.range)),
  );
  return trtcUsageMinutes(response, "DescribeMixTranscodingUsage");
}
