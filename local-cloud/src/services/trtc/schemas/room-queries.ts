import type {
  DescribeRoomInfoRequest,
  DescribeUserInfoRequest,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import { z } from "zod";
import { fields } from "../../../core/params/fields";
import { MAX_STRING_ROOM_ID_LENGTH, MAX_USER_ID_LENGTH } from "../models/room-key";

export const describeRoomInfoSchema = z.strictObject({
  SdkAppId: fields.integer(),
  StartTime: fields.unixSeconds(),
  EndTime: fields.unixSeconds(),
  RoomId: fields.nonEmptyString(MAX_STRING_ROOM_ID_LENGTH).optional(),
  PageNumber: fields.integerIn(0, 1_000_000).optional(),
  PageSize: fields.integerIn(1, 100).optional(),
} satisfies Record<keyof DescribeRoomInfoRequest, z.ZodType>);

export const describeUserInfoSchema = z.strictObject({
  CommId: fields.nonEmptyString(256),
  StartTime: fields.unixSeconds(),
  EndTime: fields.unixSeconds(),
  SdkAppId: fields.integer(),
  UserIds: z
    .array(fields.nonEmptyString(MAX_USER_ID_LENGTH))
    .min(1, "must list at least one user")
    .max(100, "must list at most 100 users")
    .optional(),
  PageNumber: fields.integerIn(0, 1_000_000).optional(),
  PageSize: fields.integerIn(1, 100).optional(),
} satisfies Record<keyof DescribeUserInfoRequest, z.ZodType>);
