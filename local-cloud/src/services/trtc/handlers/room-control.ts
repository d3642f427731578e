import type {
  DismissRoomByStrRoomIdResponse,
  DismissRoomResponse,
  RemoveUserByStrRoomIdResponse,
  RemoveUserResponse,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import type { ActionHandler } from "../../../core/action-registry";
import { parseParams } from "../../../core/params/parse-params";
import { integerRoom, stringRoom } from "../models/room-key";
import {
  dismissRoomByStrRoomIdSchema,
  dismissRoomSchema,
  removeUserByStrRoomIdSchema,
  removeUserSchema,
} from "../schemas/room-control";
import type { TrtcModels } from "../trtc-models";

type Response<T> = Omit<T, "RequestId">;

export const removeUser =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<RemoveUserResponse>> => {
    const request = parseParams(removeUserSchema, params);
    models.apps.assertExists(request.SdkAppId);
    await models.rooms.removeUsers(integerRoom(request.SdkAppId, request.RoomId), request.UserIds);
    return {};
  };

export const removeUserByStrRoomId =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<RemoveUserByStrRoomIdResponse>> => {
    const request = parseParams(removeUserByStrRoomIdSchema, params);
    models.apps.assertExists(request.SdkAppId);
    await models.rooms.removeUsers(stringRoom(request.SdkAppId, request.RoomId), request.UserIds);
    return {};
  };

export const dismissRoom =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<DismissRoomResponse>> => {
    const request = parseParams(dismissRoomSchema, params);
    models.apps.assertExists(request.SdkAppId);
    await models.rooms.dismiss(integerRoom(request.SdkAppId, request.RoomId));
    return {};
  };

export const dismissRoomByStrRoomId =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<DismissRoomByStrRoomIdResponse>> => {
    const request = parseParams(dismissRoomByStrRoomIdSchema, params);
    models.apps.assertExists(request.SdkAppId);
    await models.rooms.dismiss(stringRoom(request.SdkAppId, request.RoomId));
    return {};
  };
