import "server-only";
import type { MinutesByDay } from "@/lib/costs/usage-readings";
import { cloudRead } from "../call";
import { cloudClients, type TrtcClient } from "../clients";
import { recordStatisticMinutes } from "./usage-minutes";
import { trtcDays, type BillingRange } from "../billing-range";

/** Legacy (CSS) recording of an app's streams per day (DescribeRecordStatistic), in minutes per field. */
export async function describeRecordStatistic(
  input: { sdkAppId: number; range: BillingRange },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<MinutesByDay> {
  const response = await cloudRead("trtc:DescribeRecordStatistic", () =>
    trtc.DescribeRecordStatistic(trtcDays(input.sdkAppId, input.range)),
  );
  return recordStatisticMinutes(response);
}
