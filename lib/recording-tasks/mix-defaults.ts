import { DEFAULT_MIX_AUDIO, MIX_OUTPUT_PRESETS, type MixOutput } from "@/lib/schemas/mix";

/** The RecordId the form proposes: `<SdkAppId>_room<RoomId>` (the convention). */
export const defaultRecordId = (sdkAppId: number, roomId: string) => `${sdkAppId}_room${roomId}`;
/** A stream id of the mix's own: it must differ from every user's stream id. */
export const defaultStreamId = (sdkAppId: number, roomId: string) => `${sdkAppId}_room${roomId}_mix`;

export const defaultMixOutput = (): MixOutput => ({ ...MIX_OUTPUT_PRESETS["360p"], ...DEFAULT_MIX_AUDIO });
