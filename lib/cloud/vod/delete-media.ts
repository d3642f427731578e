import "server-only";
import { cloudWrite } from "../call";
import { cloudClients, type VodClient } from "../clients";
import { resolveSubAppId } from "./sub-app-id";

/** Deletes a medium and all its files from a VOD application (null: the account's default one). */
export async function deleteMedia(
  fileId: string,
  subAppId: number | null,
  vod: VodClient = cloudClients().vod,
): Promise<void> {
  const SubAppId = await resolveSubAppId(subAppId, vod);
  await cloudWrite("vod:DeleteMedia", () => vod.DeleteMedia({ FileId: fileId, SubAppId }));
}
