import "server-only";
import { cloudWrite } from "../call";
import { cloudClients, type VodClient } from "../clients";
import { resolveSubAppId } from "./sub-app-id";

/** VOD's "never expires" (reference §3.2). */
export const NEVER_EXPIRES = "9999-12-31T23:59:59Z";

/**
 * Sets when VOD deletes a medium (ModifyMediaInfo ExpireTime): an ISO 8601 instant without
 * milliseconds, or NEVER_EXPIRES.
 */
export async function modifyMediaInfo(
  input: { fileId: string; subAppId: number | null; expireTime: string },
  vod: VodClient = cloudClients().vod,
): Promise<void> {
  const SubAppId = await resolveSubAppId(input.subAppId, vod);
  await cloudWrite("vod:ModifyMediaInfo", () =>
    vod.ModifyMediaInfo({ FileId: input.fileId, ExpireTime: input.expireTime, SubAppId }),
  );
}
