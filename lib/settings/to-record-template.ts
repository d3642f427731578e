import type {
  CreateLiveRecordTemplateRequest,
  RecordParam,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_models";
import type { RecordingFormat, RecordingSettings } from "@/lib/schemas/recording-settings";

const PARAM_OF: Record<RecordingFormat, "HlsParam" | "Mp4Param" | "FlvParam" | "AacParam"> = {
  hls: "HlsParam",
  mp4: "Mp4Param",
  flv: "FlvParam",
  aac: "AacParam",
};
const DAY_SECONDS = 86_400;

/** The record template fields for these settings: every format present, enabled or not. */
export function toRecordTemplate(
  settings: RecordingSettings,
): Omit<CreateLiveRecordTemplateRequest, "TemplateName"> & Pick<CreateLiveRecordTemplateRequest, "Description"> {
  const param = (format: RecordingFormat): RecordParam => ({
    Enable: settings.formats.includes(format) ? 1 : 0,
    RecordInterval: settings.maxFileMinutes * 60,
    StorageTime: settings.retentionDays * DAY_SECONDS,
    ...(settings.vodSubAppId !== null ? { VodSubAppId: settings.vodSubAppId } : {}),
  });
  return {
    Description: "Managed by the TRTC Recording Console",
    HlsParam: param("hls"),
    Mp4Param: param("mp4"),
    FlvParam: param("flv"),
    AacParam: param("aac"),
    HlsSpecialParam: { FlowContinueDuration: settings.resumeSeconds },
  };
}

export { PARAM_OF };
