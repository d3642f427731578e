import "server-only";
import { cloudRead } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";

export interface SubApplication {
  id: number;
  name: string;
}

/** The account's VOD sub-applications (DescribeSubAppIds, first 200: the API's page maximum). */
export async function listSubApplications(): Promise<SubApplication[]> {
  const response = await cloudRead(() => cloudClients().vod.DescribeSubAppIds({ Limit: 200 }));
  return (response.SubAppIdInfoSet ?? []).flatMap((info) =>
    info.SubAppId === undefined
      ? []
      : [{ id: info.SubAppId, name: info.SubAppIdName ?? info.Name ?? String(info.SubAppId) }],
  );
}
