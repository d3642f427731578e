import type {
  DismissRoomByStrRoomIdResponse,
  DismissRoomResponse,
  RemoveUserByStrRoomIdResponse,
  RemoveUserResponse,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import type { ActionHandler } from "../../../core/action-registry";
import { parseParams } from "../../../core/params/parse-params";
import { integerRoom, stringRoom, type RoomKey } from "../models/room-key";
import {
  dismissRoomByStrRoomIdSchema,
  dismissRoomSchema,
  removeUserByStrRoomIdSchema,
  removeUserSchema,
} from "../schemas/room-control";
import type { TrtcModels } from "../trtc-models";

type Response<T> = Omit<T, "RequestId">;

/** Users are kicked; recorder bots named among them end their cloud-recording tasks (LeaveCode 1). */
async function removeUsersFrom(models: TrtcModels, room: RoomKey, userIds: string[]): Promise<void> {
  const bots = userIds.filter((userId) => models.cloudRecordings.hasBot(room, userId));
  models.cloudRecordings.onUsersRemoved(room, bots);
  const publishers = userIds.filter((userId) => !bots.includes(userId));
  if (publishers.length > 0 || bots.length === 0) await models.rooms.removeUsers(room, publishers);
}

/** Everyone out, recorder bots included (their tasks end with LeaveCode 2). */
async function dismiss(models: TrtcModels, room: RoomKey): Promise<void> {
  const hadBots = models.cloudRecordings.hasAnyBot(room);
  models.cloudRecordings.onRoomDismissed(room);
  if (hadBots && models.rooms.publishersOf(room).length === 0) return;
  await models.rooms.dismiss(room);
}

export const removeUser =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<RemoveUserResponse>> => {
    const request = parseParams(removeUserSchema, params);
    models.apps.assertExists(request.SdkAppId);
    await removeUsersFrom(models, integerRoom(request.SdkAppId, request.RoomId), request.UserIds);
    return {};
  };

export const removeUserByStrRoomId =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<RemoveUserByStrRoomIdResponse>> => {
    const request = parseParams(removeUserByStrRoomIdSchema, params);
    models.apps.assertExists(request.SdkAppId);
    await removeUsersFrom(models, stringRoom(request.SdkAppId, request.RoomId), request.UserIds);
    return {};
  };

export const dismissRoom =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<DismissRoomResponse>> => {
    const request = parseParams(dismissRoomSchema, params);
    models.apps.assertExists(request.SdkAppId);
    await dismiss(models, integerRoom(request.SdkAppId, request.RoomId));
    return {};
  };

export const dismissRoomByStrRoomId =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<DismissRoomByStrRoomIdResponse>> => {
    const request = parseParams(dismissRoomByStrRoomIdSchema, params);
    models.apps.assertExists(request.SdkAppId);
    await dismiss(models, stringRoom(request.SdkAppId, request.RoomId));
    return {};
  };
