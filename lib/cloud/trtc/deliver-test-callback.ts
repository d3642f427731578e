import "server-only";
import { z } from "zod";
import type { CloudAction } from "../cloud-action";
import { CloudError, toCloudError } from "../errors";
import { cloudClients, type TrtcClient } from "../clients";
import { msg } from "@/lib/i18n/message";

/** The local cloud's own action: Tencent has none, so it is no CAM permission for readiness to check (CONSOLE_ACTIONS). */
const LOCAL_ACTION = "DeliverTestCallback";
const ACTION: CloudAction = `trtc:${LOCAL_ACTION}`;

/** The local cloud's answer (local-cloud/src/callbacks/test-delivery/deliver-test-callback.ts). */
const localAnswerSchema = z.object({
  Url: z.string().nullable(),
  IsAnswered: z.boolean(),
  StatusCode: z.number().nullable(),
  LatencyMs: z.number().nullable(),
  BodyExcerpt: z.string().nullable(),
  Problem: z.enum(["NoCallbackUrl", "NoCallbackKey", "Timeout", "Unreachable"]).nullable(),
  Detail: z.string().nullable(),
});
export type LocalTestDelivery = z.infer<typeof localAnswerSchema>;

/**
 * Asks the endpoint to send the app's configured receiver a sample event of `kind`, as it sends
 * real callbacks. Only the local cloud has this action (Tencent has no test-callback API,
 * trtc.io/document/39559, tencentcloud.com/document/product/267/31074): Tencent answers
 * InvalidAction, and then this returns null so the console sends the sample itself.
 */
export async function deliverTestCallback(
  input: { sdkAppId: number; kind: "css" | "trtc" },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<LocalTestDelivery | null> {
  let raw: unknown;
  try {
    raw = await trtc.request(LOCAL_ACTION, { SdkAppId: input.sdkAppId, Kind: input.kind });
  } catch (error) {
    const cloudError = toCloudError(error, ACTION);
    if (cloudError.cloudCode === "InvalidAction") return null;
    throw cloudError;
  }
  const parsed = localAnswerSchema.safeParse(raw);
  if (!parsed.success)
    throw new CloudError(
      "CLOUD_BAD_RESPONSE",
      msg("cloudErrors.transport.unexpectedShape"),
      undefined,
      undefined,
      false,
      ACTION,
    );
  return parsed.data;
}
