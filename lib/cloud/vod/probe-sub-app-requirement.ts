import "server-only";
import { cloudRead } from "../call";
import { cloudClients, type VodClient } from "../clients";
import { CloudError } from "../errors";

/**
 * Whether this VOD account refuses calls without SubAppId: one SearchMedia for a single medium
 * with none, the only VOD call the console sends without it (every other names the application,
 * lib/cloud/vod/sub-app-id.ts). Accounts that opened VOD on or after 2023-12-25 must name an
 * application on every call, the default one included (SDK vod_models comments on SubAppId).
 * Throws the CloudError of any other answer.
 */
export async function probeSubAppIdRequirement(vod: VodClient = cloudClients().vod): Promise<"required" | "optional"> {
  try {
    await cloudRead("vod:SearchMedia", () => vod.SearchMedia({ Limit: 1 }));
    return "optional";
  } catch (error) {
    if (error instanceof CloudError && error.code === "CLOUD_VOD_SUB_APP_REQUIRED") return "required";
    throw error;
  }
}
