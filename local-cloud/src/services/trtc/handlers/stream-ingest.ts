import type {
  DescribeStreamIngestResponse,
  StartStreamIngestResponse,
  StopStreamIngestResponse,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import type { ActionHandler } from "../../../core/action-registry";
import { commonErrors } from "../../../core/api-error";
import { parseParams } from "../../../core/params/parse-params";
import { ROOM_ID_TYPE } from "../models/room-key";
import { describeStreamIngestSchema, startStreamIngestSchema, stopStreamIngestSchema } from "../schemas/stream-ingest";
import type { TrtcModels } from "../trtc-models";

type Response<T> = Omit<T, "RequestId">;

export const startStreamIngest =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<StartStreamIngestResponse>> => {
    const request = parseParams(startStreamIngestSchema, params);
    // StreamUrl replaced the deprecated SourceUrl; TRTC accepts either.
    const streamUrl = request.StreamUrl ?? request.SourceUrl?.[0];
    if (!streamUrl) throw commonErrors.missingParameter("StreamUrl");
    const taskId = await models.ingests.start({
      sdkAppId: request.SdkAppId,
      roomId: request.RoomId,
      roomIdType: request.RoomIdType === 1 ? ROOM_ID_TYPE.integer : ROOM_ID_TYPE.string,
      userId: request.UserId,
      streamUrl,
      repeatNum: request.RepeatNum ?? 1,
      // MaxDuration only applies to endless loops (SDK model comment).
      maxDurationMinutes: request.RepeatNum === -1 ? request.MaxDuration : undefined,
      seekSeconds: request.SeekSecond,
      volume: request.Volume,
    });
    return { TaskId: taskId };
  };

export const stopStreamIngest =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<StopStreamIngestResponse>> => {
    const request = parseParams(stopStreamIngestSchema, params);
    await models.ingests.stop(request.SdkAppId, request.TaskId);
    return {};
  };

export const describeStreamIngest =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<DescribeStreamIngestResponse>> => {
    const request = parseParams(describeStreamIngestSchema, params);
    return { Status: models.ingests.describe(request.SdkAppId, request.TaskId) };
  };
