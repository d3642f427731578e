import type {
  DescribeTaskDetailResponse,
  EditMediaResponse,
  PullEventsResponse,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import type { ActionHandler } from "../../../core/action-registry";
import { parseParams } from "../../../core/params/parse-params";
import { vodEditErrors, vodErrors } from "../errors";
import type { VodEditor } from "../models/vod-editor";
import { confirmEventsSchema, describeTaskDetailSchema, editMediaSchema, pullEventsSchema } from "../schemas/editing";
import type { VodModels } from "./media";

type Response<T> = Omit<T, "RequestId">;
export interface VodEditingModels extends VodModels {
  editor: VodEditor;
}

export const editMedia =
  ({ library, applications, editor }: VodEditingModels): ActionHandler =>
  async (params): Promise<Response<EditMediaResponse>> => {
    const request = parseParams(editMediaSchema, params);
    const subAppId = await applications.partitionOf(request.SubAppId);
    if (request.InputType === "Stream") throw vodEditErrors.streamUnsupported();
    const infos = request.FileInfos ?? [];
    if (infos.length === 0) throw vodEditErrors.fileInfosRequired();
    const type = request.OutputConfig?.Type;
    if (type !== undefined && type !== "mp4") throw vodEditErrors.outputType(type);
    const expire = request.OutputConfig?.ExpireTime;
    if (expire !== undefined && Number.isNaN(Date.parse(expire))) throw vodErrors.expireTime(expire);
    for (const info of infos)
      if (
        info.StartTimeOffset !== undefined &&
        info.EndTimeOffset !== undefined &&
        info.EndTimeOffset <= info.StartTimeOffset
      )
        throw vodEditErrors.offsets(info.FileId);
    // Every file must be live media of this application: one in another application is "not found".
    const found = new Set(
      (
        await library.byIds(
          infos.map((info) => info.FileId),
          subAppId,
        )
      ).map((row) => row.file_id),
    );
    const missing = infos.find((info) => !found.has(info.FileId));
    if (missing) throw vodErrors.mediaNotFound(missing.FileId);
    const TaskId = await editor.start(
      subAppId,
      infos.map((info) => ({ fileId: info.FileId, start: info.StartTimeOffset, end: info.EndTimeOffset })),
      request.OutputConfig ?? {},
      { id: request.SessionId, context: request.SessionContext },
    );
    return { TaskId };
  };

export const describeTaskDetail =
  ({ applications, editor }: VodEditingModels): ActionHandler =>
  async (params): Promise<Response<DescribeTaskDetailResponse>> => {
    const request = parseParams(describeTaskDetailSchema, params);
    return editor.describe(request.TaskId, await applications.partitionOf(request.SubAppId));
  };

export const pullEvents =
  ({ applications, editor }: VodEditingModels): ActionHandler =>
  async (params): Promise<Response<PullEventsResponse>> => {
    const request = parseParams(pullEventsSchema, params);
    // Real VOD waits up to 5 s for an event when the queue is empty; the local cloud answers at once.
    return { EventSet: await editor.pull(await applications.partitionOf(request.SubAppId)) };
  };

export const confirmEvents =
  ({ applications, editor }: VodEditingModels): ActionHandler =>
  async (params) => {
    const request = parseParams(confirmEventsSchema, params);
    await editor.confirm(await applications.partitionOf(request.SubAppId), request.EventHandles);
    return {};
  };
