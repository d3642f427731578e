import "server-only";
import type { EditMediaTask } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import { cloudRead } from "../call";
import { cloudClients, type VodClient } from "../clients";
import { resolveSubAppId } from "./sub-app-id";

/** An EditMedia task of a VOD application (null: the default one), or null when it is another kind. */
export async function describeEditTask(
  taskId: string,
  subAppId: number | null,
  vod: VodClient = cloudClients().vod,
): Promise<EditMediaTask | null> {
  const SubAppId = await resolveSubAppId(subAppId, vod);
  const response = await cloudRead("vod:DescribeTaskDetail", () =>
    vod.DescribeTaskDetail({ TaskId: taskId, SubAppId }),
  );
  return response.TaskType === "EditMediaTask" ? (response.EditMediaTask ?? null) : null;
}
