import type {
  DescribeStreamIngestRequest,
  StartStreamIngestRequest,
  StopStreamIngestRequest,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import { z } from "zod";
import { fields } from "../../../core/params/fields";
import { MAX_STRING_ROOM_ID_LENGTH, MAX_USER_ID_LENGTH } from "../models/room-key";

const TEMPOS = [0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0];

/** Every field of the SDK's request model, so that nothing the SDK sends is an unknown parameter. */
export const startStreamIngestSchema = z.strictObject({
  SdkAppId: fields.integer(),
  RoomId: fields.nonEmptyString(MAX_STRING_ROOM_ID_LENGTH),
  RoomIdType: fields
    .integer()
    .refine((value) => value === 0 || value === 1, "must be 0 (string room) or 1 (integer room)"),
  UserId: fields.nonEmptyString(MAX_USER_ID_LENGTH),
  UserSig: fields.nonEmptyString(4096),
  StreamUrl: fields.nonEmptyString(2048).optional(),
  PrivateMapKey: z.string().optional(),
  VideoEncodeParams: z.looseObject({}).optional(),
  AudioEncodeParams: z.looseObject({}).optional(),
  SourceUrl: z.array(fields.nonEmptyString(2048)).max(1, "must hold at most one URL").optional(),
  SeekSecond: fields.integerIn(0, 86_400).optional(),
  AutoPush: z.boolean().optional(),
  RepeatNum: fields
    .integerIn(-1, 1000)
    .refine((value) => value !== 0, "must be -1 (loop until stopped) or from 1 to 1000")
    .optional(),
  MaxDuration: fields.integerIn(1, 10_080).optional(),
  Volume: fields.integerIn(0, 200).optional(),
  EnableProgress: z.boolean().optional(),
  Tempo: z
    .number()
    .refine((value) => TEMPOS.includes(value), `must be one of ${TEMPOS.join(", ")}`)
    .optional(),
  IdleTimeout: fields.integerIn(0, 600).optional(),
} satisfies Record<keyof StartStreamIngestRequest, z.ZodType>);

export const stopStreamIngestSchema = z.strictObject({
  SdkAppId: fields.integer(),
  TaskId: fields.nonEmptyString(256),
} satisfies Record<keyof StopStreamIngestRequest, z.ZodType>);

export const describeStreamIngestSchema = z.strictObject({
  SdkAppId: fields.integer(),
  TaskId: fields.nonEmptyString(256),
} satisfies Record<keyof DescribeStreamIngestRequest, z.ZodType>);
