import "server-only";
import { cloudWrite } from "../call";
import { cloudClients, type VodClient } from "../clients";

/** Creates a VOD application to store recordings in; returns its SubAppId (an account-level call: no SubAppId). */
export async function createSubAppId(name: string, vod: VodClient = cloudClients().vod): Promise<number> {
  const response = await cloudWrite("vod:CreateSubAppId", () => vod.CreateSubAppId({ Name: name }));
  if (response.SubAppId === undefined) throw new Error("CreateSubAppId answered without a SubAppId");
  return response.SubAppId;
}
