import "server-only";
import { describeSubAppIds } from "@/lib/cloud/vod/describe-sub-app-ids";

export interface SubApplication {
  id: number;
  name: string;
}

/** The account's VOD applications, the default one included (DescribeSubAppIds). */
export async function listSubApplications(): Promise<SubApplication[]> {
  return (await describeSubAppIds()).map((app) => ({ id: app.id, name: app.name }));
}
