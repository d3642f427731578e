import type {
  DismissRoomByStrRoomIdRequest,
  DismissRoomRequest,
  RemoveUserByStrRoomIdRequest,
  RemoveUserRequest,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import { z } from "zod";
import { fields } from "../../../core/params/fields";
import { MAX_STRING_ROOM_ID_LENGTH, MAX_USER_ID_LENGTH } from "../models/room-key";

const integerRoomId = () => fields.integerIn(1, 4_294_967_295);
const stringRoomId = () => fields.nonEmptyString(MAX_STRING_ROOM_ID_LENGTH);
const userIds = () =>
  z
    .array(fields.nonEmptyString(MAX_USER_ID_LENGTH))
    .min(1, "must list at least one user")
    .max(10, "must list at most 10 users");

export const removeUserSchema = z.strictObject({
  SdkAppId: fields.integer(),
  RoomId: integerRoomId(),
  UserIds: userIds(),
} satisfies Record<keyof RemoveUserRequest, z.ZodType>);

export const removeUserByStrRoomIdSchema = z.strictObject({
  SdkAppId: fields.integer(),
  RoomId: stringRoomId(),
  UserIds: userIds(),
} satisfies Record<keyof RemoveUserByStrRoomIdRequest, z.ZodType>);

export const dismissRoomSchema = z.strictObject({
  SdkAppId: fields.integer(),
  RoomId: integerRoomId(),
} satisfies Record<keyof DismissRoomRequest, z.ZodType>);

export const dismissRoomByStrRoomIdSchema = z.strictObject({
  SdkAppId: fields.integer(),
  RoomId: stringRoomId(),
} satisfies Record<keyof DismissRoomByStrRoomIdRequest, z.ZodType>);
