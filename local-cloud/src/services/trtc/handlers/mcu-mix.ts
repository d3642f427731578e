import type {
  StartMCUMixTranscodeByStrRoomIdResponse,
  StartMCUMixTranscodeResponse,
  StopMCUMixTranscodeByStrRoomIdResponse,
  StopMCUMixTranscodeResponse,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import type { ActionHandler } from "../../../core/action-registry";
import { parseParams } from "../../../core/params/parse-params";
import { mcuRequestFor } from "../models/account-rules";
import { integerRoom, stringRoom } from "../models/room-key";
import {
  startMcuMixByStrRoomIdSchema,
  startMcuMixSchema,
  stopMcuMixByStrRoomIdSchema,
  stopMcuMixSchema,
} from "../schemas/mcu-mix";
import type { TrtcModels } from "../trtc-models";

type Response<T> = Omit<T, "RequestId">;

export const startMcuMixTranscode =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<StartMCUMixTranscodeResponse>> => {
    const { SdkAppId, RoomId, ...request } = parseParams(startMcuMixSchema, params);
    const app = models.apps.get(SdkAppId);
    await models.mcuMixes.start(integerRoom(SdkAppId, RoomId), mcuRequestFor(app, request));
    return {};
  };

export const startMcuMixTranscodeByStrRoomId =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<StartMCUMixTranscodeByStrRoomIdResponse>> => {
    const { SdkAppId, StrRoomId, ...request } = parseParams(startMcuMixByStrRoomIdSchema, params);
    const app = models.apps.get(SdkAppId);
    await models.mcuMixes.start(stringRoom(SdkAppId, StrRoomId), mcuRequestFor(app, request));
    return {};
  };

export const stopMcuMixTranscode =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<StopMCUMixTranscodeResponse>> => {
    const request = parseParams(stopMcuMixSchema, params);
    models.apps.assertExists(request.SdkAppId);
    await models.mcuMixes.stop(integerRoom(request.SdkAppId, request.RoomId));
    return {};
  };

export const stopMcuMixTranscodeByStrRoomId =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<StopMCUMixTranscodeByStrRoomIdResponse>> => {
    const request = parseParams(stopMcuMixByStrRoomIdSchema, params);
    models.apps.assertExists(request.SdkAppId);
    await models.mcuMixes.stop(stringRoom(request.SdkAppId, request.StrRoomId));
    return {};
  };
