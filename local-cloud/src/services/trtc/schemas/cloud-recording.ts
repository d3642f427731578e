import type {
  AudioParams,
  CloudStorage,
  CloudVod,
  CreateCloudRecordingRequest,
  DeleteCloudRecordingRequest,
  DescribeCloudRecordingRequest,
  MixLayout,
  MixLayoutParams,
  MixTranscodeParams,
  ModifyCloudRecordingRequest,
  RecordParams,
  StorageParams,
  SubscribeStreamUserIds,
  TencentVod,
  VideoParams,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import { z } from "zod";
import { fields } from "../../../core/params/fields";
import { MAX_STRING_ROOM_ID_LENGTH, MAX_USER_ID_LENGTH } from "../models/room-key";

/** Ranges from reference §2.2 (the SDK's model comments). */
const userIdList = () => z.array(fields.nonEmptyString(MAX_USER_ID_LENGTH + 3)).max(32, "must list at most 32 users");
const zeroOrOne = (meaning: string) => fields.integerOf([0, 1], meaning);
const pixels = () => fields.integerIn(0, 1920);

const subscribeStreamUserIds = z.strictObject({
  SubscribeAudioUserIds: userIdList().optional(),
  UnSubscribeAudioUserIds: userIdList().optional(),
  SubscribeVideoUserIds: userIdList().optional(),
  UnSubscribeVideoUserIds: userIdList().optional(),
} satisfies Record<keyof SubscribeStreamUserIds, z.ZodType>);

const recordParams = z.strictObject({
  RecordMode: fields.integerOf([1, 2], "1 one recording per stream, 2 mixed"),
  MaxIdleTime: fields.integerIn(5, 86_400).optional(),
  StreamType: fields.integerOf([0, 1, 2], "0 audio and video, 1 audio only, 2 video only").optional(),
  SubscribeStreamUserIds: subscribeStreamUserIds.optional(),
  OutputFormat: fields.integerOf([0, 1, 2, 3, 4]).optional(),
  AvMerge: zeroOrOne("1 merges audio and video").optional(),
  MaxMediaFileDuration: fields.integerIn(1, 1440).optional(),
  MediaId: fields.integerOf([0, 1, 2], "0 main and aux, 1 main only, 2 aux only").optional(),
  FillType: zeroOrOne("0 last frame, 1 black").optional(),
  SubscribeAbility: zeroOrOne("1 also subscribes the mix-back robot").optional(),
} satisfies Record<keyof RecordParams, z.ZodType>);

const tencentVod = z.strictObject({
  Procedure: z.string().max(256, "must have at most 256 characters").optional(),
  ExpireTime: fields.integerIn(0, 4_294_967_295).optional(),
  StorageRegion: z.string().max(64, "must have at most 64 characters").optional(),
  ClassId: fields.integer().optional(),
  SubAppId: fields.integer().optional(),
  SessionContext: z.string().max(1000, "must have at most 1000 characters").optional(),
  SourceContext: z.string().max(1000, "must have at most 1000 characters").optional(),
  MediaType: fields.integerOf([0, 1, 2, 3, 4], "0 mp4, 1 hls, 2 aac, 3 hls+mp4, 4 hls+aac").optional(),
  UserDefineRecordId: fields.fileNameId(64).optional(),
} satisfies Record<keyof TencentVod, z.ZodType>);

const cloudStorage = z.strictObject({
  Vendor: fields.integerOf([0, 1], "0 Tencent COS, 1 AWS S3"),
  Region: fields.nonEmptyString(64),
  Bucket: fields.nonEmptyString(256),
  AccessKey: fields.nonEmptyString(256),
  SecretKey: fields.nonEmptyString(256),
  FileNamePrefix: z.array(fields.fileNameId(64)).optional(),
} satisfies Record<keyof CloudStorage, z.ZodType>);

const storageParams = z.strictObject({
  CloudStorage: cloudStorage.optional(),
  CloudVod: z
    .strictObject({ TencentVod: tencentVod.optional() } satisfies Record<keyof CloudVod, z.ZodType>)
    .optional(),
} satisfies Record<keyof StorageParams, z.ZodType>);

const videoParams = z.strictObject({
  Width: fields.integerIn(2, 1920),
  Height: fields.integerIn(2, 1920),
  Fps: fields.integerIn(1, 60),
  BitRate: fields.integerIn(64_000, 8_192_000),
  Gop: fields.integerIn(1, 60),
} satisfies Record<keyof VideoParams, z.ZodType>);

const audioParams = z.strictObject({
  SampleRate: fields.integerOf([1, 2, 3], "1 48 kHz, 2 44.1 kHz, 3 16 kHz"),
  Channel: fields.integerOf([1, 2]),
  BitRate: fields.integerIn(32_000, 128_000),
} satisfies Record<keyof AudioParams, z.ZodType>);

const mixTranscodeParams = z.strictObject({
  VideoParams: videoParams.optional(),
  AudioParams: audioParams.optional(),
} satisfies Record<keyof MixTranscodeParams, z.ZodType>);

const renderMode = () => fields.integerOf([0, 1, 2, 3], "0 stretch, 1 crop, 2 fit with bars, 3 smart stretch");

const mixLayout = z.strictObject({
  Top: pixels(),
  Left: pixels(),
  Width: pixels(),
  Height: pixels(),
  UserId: fields.nonEmptyString(MAX_USER_ID_LENGTH).optional(),
  Alpha: fields.integerIn(0, 255).optional(),
  RenderMode: renderMode().optional(),
  MediaId: zeroOrOne("0 main, 1 aux").optional(),
  ImageLayer: fields.integerIn(0, 100).optional(),
  SubBackgroundImage: z.string().max(1024, "must have at most 1024 characters").optional(),
} satisfies Record<keyof MixLayout, z.ZodType>);

export const mixLayoutParams = z.strictObject({
  MixLayoutMode: fields.integerOf([1, 2, 3, 4], "1 floating, 2 screen share, 3 grid, 4 custom"),
  MixLayoutList: z.array(mixLayout).max(25, "must hold at most 25 pictures").optional(),
  BackGroundColor: z
    .string()
    .regex(/^#[0-9A-Fa-f]{6}$/, "must be a colour written #RRGGBB")
    .optional(),
  MaxResolutionUserId: fields.nonEmptyString(MAX_USER_ID_LENGTH).optional(),
  MediaId: zeroOrOne("0 main, 1 aux").optional(),
  BackgroundImageUrl: z.string().max(1024, "must have at most 1024 characters").optional(),
  PlaceHolderMode: zeroOrOne("1 shows a placeholder for users without audio and video").optional(),
  BackgroundImageRenderMode: renderMode().optional(),
  DefaultSubBackgroundImage: z.string().max(1024, "must have at most 1024 characters").optional(),
  // Watermarks are accepted and not drawn (COVERAGE.md).
  WaterMarkList: z.array(z.looseObject({})).max(25, "must hold at most 25 watermarks").optional(),
  RenderMode: renderMode().optional(),
  MaxResolutionUserAlign: zeroOrOne("1 puts the big picture on the right").optional(),
  PureAudioDisableLayout: z.boolean().optional(),
} satisfies Record<keyof MixLayoutParams, z.ZodType>);

export const createCloudRecordingSchema = z.strictObject({
  SdkAppId: fields.integer(),
  RoomId: fields.nonEmptyString(MAX_STRING_ROOM_ID_LENGTH),
  UserId: fields.nonEmptyString(MAX_USER_ID_LENGTH),
  UserSig: fields.nonEmptyString(4096),
  RecordParams: recordParams,
  StorageParams: storageParams,
  RoomIdType: zeroOrOne("0 string room, 1 integer room").optional(),
  MixTranscodeParams: mixTranscodeParams.optional(),
  MixLayoutParams: mixLayoutParams.optional(),
  ResourceExpiredHour: fields.integerIn(6, 720).optional(),
  PrivateMapKey: z.string().max(4096, "must have at most 4096 characters").optional(),
} satisfies Record<keyof CreateCloudRecordingRequest, z.ZodType>);

export const describeCloudRecordingSchema = z.strictObject({
  SdkAppId: fields.integer(),
  TaskId: fields.nonEmptyString(256),
  RecorderKey: z.string().max(256, "must have at most 256 characters").optional(),
} satisfies Record<keyof DescribeCloudRecordingRequest, z.ZodType>);

export const modifyCloudRecordingSchema = z.strictObject({
  SdkAppId: fields.integer(),
  TaskId: fields.nonEmptyString(256),
  MixLayoutParams: mixLayoutParams.optional(),
  SubscribeStreamUserIds: subscribeStreamUserIds.optional(),
} satisfies Record<keyof ModifyCloudRecordingRequest, z.ZodType>);

export const deleteCloudRecordingSchema = z.strictObject({
  SdkAppId: fields.integer(),
  TaskId: fields.nonEmptyString(256),
} satisfies Record<keyof DeleteCloudRecordingRequest, z.ZodType>);

export type CreateCloudRecording = z.infer<typeof createCloudRecordingSchema>;
export type TaskMixLayout = z.infer<typeof mixLayoutParams>;
export type TaskSubscription = z.infer<typeof subscribeStreamUserIds>;
