import "server-only";
import type { MinutesByDay } from "@/lib/costs/usage-readings";
import { cloudRead } from "../call";
import { cloudClients, type TrtcClient } from "../clients";
import { trtcUsageMinutes } from "./usage-minutes";
import { trtcDays, type BillingRange } from "../billing-range";

/** Cloud-recording minutes per day and resolution (DescribeRecordingUsage), single-stream or mixed. */
export async function describeRecordingUsage(
  input: { sdkAppId: number; range: BillingRange; mixType: "single" | "multi" },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<MinutesByDay> {
  const response = await cloudRead("trtc:DescribeRecordingUsage", () =>
    trtc.DescribeRecordingUsage({ ...trtcDays(input.sdkAppId, input.range), MixType: input.mixType }),
  );
  return trtcUsageMinutes(response, "DescribeRecordingUsage");
}
