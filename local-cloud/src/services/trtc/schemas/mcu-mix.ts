import type {
  EncodeParams,
  LayoutParams,
  OutputParams,
  PresetLayoutConfig,
  PublishCdnParams,
  SmallVideoLayoutParams,
  StartMCUMixTranscodeByStrRoomIdRequest,
  StartMCUMixTranscodeRequest,
  StopMCUMixTranscodeByStrRoomIdRequest,
  StopMCUMixTranscodeRequest,
  WaterMarkParams,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import { z } from "zod";
import { fields } from "../../../core/params/fields";
import { MAX_STRING_ROOM_ID_LENGTH, MAX_USER_ID_LENGTH } from "../models/room-key";

/** Ranges from reference §2.1 (the SDK's model comments). */
export const AUDIO_SAMPLE_RATES = [48000, 44100, 32000, 24000, 16000, 8000] as const;
const pixels = (max: number) => fields.integerIn(0, max);
const zeroOrOne = (meaning: string) => fields.integerOf([0, 1], meaning);
const userId = () => fields.nonEmptyString(MAX_USER_ID_LENGTH);

const outputParams = z.strictObject({
  StreamId: fields.nonEmptyString(64),
  PureAudioStream: zeroOrOne("0 audio and video, 1 audio only").optional(),
  RecordId: fields.fileNameId(64).optional(),
  RecordAudioOnly: zeroOrOne("1 records audio only").optional(),
} satisfies Record<keyof OutputParams, z.ZodType>);

const encodeParams = z.strictObject({
  AudioSampleRate: fields.integerOf(AUDIO_SAMPLE_RATES, "Hz"),
  AudioBitrate: fields.integerIn(8, 500),
  AudioChannels: fields.integerOf([1, 2]),
  VideoWidth: pixels(1920).optional(),
  VideoHeight: pixels(1080).optional(),
  VideoBitrate: fields.integerIn(1, 10_000).optional(),
  VideoFramerate: fields.integerIn(1, 60).optional(),
  VideoGop: fields.integerIn(1, 5).optional(),
  BackgroundColor: fields.integerIn(0, 0xffffff).optional(),
  BackgroundImageId: fields.integer().optional(),
  AudioCodec: fields.integerOf([0, 1, 2], "0 LC-AAC, 1 HE-AAC, 2 HE-AACv2").optional(),
  BackgroundImageUrl: z.string().max(512, "must have at most 512 characters").optional(),
} satisfies Record<keyof EncodeParams, z.ZodType>);

const smallVideoLayoutParams = z.strictObject({
  UserId: userId(),
  StreamType: zeroOrOne("0 camera, 1 screen share"),
  ImageWidth: pixels(1920).optional(),
  ImageHeight: pixels(1080).optional(),
  LocationX: pixels(1920).optional(),
  LocationY: pixels(1080).optional(),
} satisfies Record<keyof SmallVideoLayoutParams, z.ZodType>);

const presetLayoutConfig = z.strictObject({
  UserId: userId().optional(),
  StreamType: zeroOrOne("0 camera, 1 screen share").optional(),
  ImageWidth: pixels(1920).optional(),
  ImageHeight: pixels(1080).optional(),
  LocationX: pixels(1920).optional(),
  LocationY: pixels(1080).optional(),
  ZOrder: fields.integerIn(0, 15).optional(),
  RenderMode: fields.integerOf([0, 1, 2], "0 crop, 1 scale, 2 scale with black bars").optional(),
  MixInputType: fields.integerOf([0, 1, 2], "0 audio and video, 1 video only, 2 audio only").optional(),
  PlaceImageId: fields.integer().optional(),
} satisfies Record<keyof PresetLayoutConfig, z.ZodType>);

const waterMarkParams = z.strictObject({
  WaterMarkId: fields.integer(),
  WaterMarkWidth: pixels(1920),
  WaterMarkHeight: pixels(1080),
  LocationX: pixels(1920),
  LocationY: pixels(1080),
  WaterMarkUrl: z.string().max(512, "must have at most 512 characters").optional(),
} satisfies Record<keyof WaterMarkParams, z.ZodType>);

const layoutParams = z.strictObject({
  Template: fields
    .integerOf([0, 1, 2, 3, 4], "0 floating, 1 grid, 2 screen share, 3 picture-in-picture, 4 custom")
    .optional(),
  MainVideoUserId: userId().optional(),
  MainVideoStreamType: zeroOrOne("0 camera, 1 screen share").optional(),
  SmallVideoLayoutParams: smallVideoLayoutParams.optional(),
  MainVideoRightAlign: zeroOrOne("1 puts the big picture on the right").optional(),
  MixVideoUids: z.array(userId()).max(16, "must list at most 16 users").optional(),
  PresetLayoutConfig: z.array(presetLayoutConfig).max(16, "must hold at most 16 slots").optional(),
  PlaceHolderMode: zeroOrOne("1 shows a placeholder for users without video").optional(),
  PureAudioHoldPlaceMode: fields
    .integerOf([0, 1, 2], "0 template default, 1 audio-only users take a place, 2 they do not")
    .optional(),
  WaterMarkParams: waterMarkParams.optional(),
  RenderMode: fields.integerOf([0, 1, 2], "0 crop, 1 scale, 2 scale with black bars").optional(),
} satisfies Record<keyof LayoutParams, z.ZodType>);

const publishCdnParams = z.strictObject({
  BizId: fields.integer(),
  PublishCdnUrls: z.array(fields.nonEmptyString(1024)).max(1, "must hold at most one URL"),
} satisfies Record<keyof PublishCdnParams, z.ZodType>);

const mixBody = {
  OutputParams: outputParams,
  EncodeParams: encodeParams,
  LayoutParams: layoutParams,
  PublishCdnParams: publishCdnParams.optional(),
};

export const startMcuMixSchema = z.strictObject({
  SdkAppId: fields.integer(),
  RoomId: fields.integerIn(1, 4_294_967_295),
  ...mixBody,
} satisfies Record<keyof StartMCUMixTranscodeRequest, z.ZodType>);

export const startMcuMixByStrRoomIdSchema = z.strictObject({
  SdkAppId: fields.integer(),
  StrRoomId: fields.nonEmptyString(MAX_STRING_ROOM_ID_LENGTH),
  ...mixBody,
} satisfies Record<keyof StartMCUMixTranscodeByStrRoomIdRequest, z.ZodType>);

export const stopMcuMixSchema = z.strictObject({
  SdkAppId: fields.integer(),
  RoomId: fields.integerIn(1, 4_294_967_295),
} satisfies Record<keyof StopMCUMixTranscodeRequest, z.ZodType>);

export const stopMcuMixByStrRoomIdSchema = z.strictObject({
  SdkAppId: fields.integer(),
  StrRoomId: fields.nonEmptyString(MAX_STRING_ROOM_ID_LENGTH),
} satisfies Record<keyof StopMCUMixTranscodeByStrRoomIdRequest, z.ZodType>);

export type McuMixRequest = Omit<z.infer<typeof startMcuMixSchema>, "SdkAppId" | "RoomId">;
