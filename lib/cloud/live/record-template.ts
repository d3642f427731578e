import type {
  CreateLiveRecordTemplateRequest,
  RecordParam,
  RecordTemplateInfo,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_models";
import type { RecordingFormat, RecordingSettings } from "@/lib/schemas/recording-settings";
import { CONSOLE_DESCRIPTION, type CssFormatParams, type CssRecordTemplate } from "./css-types";

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
    Description: CONSOLE_DESCRIPTION,
    HlsParam: param("hls"),
    Mp4Param: param("mp4"),
    FlvParam: param("flv"),
    AacParam: param("aac"),
    HlsSpecialParam: { FlowContinueDuration: settings.resumeSeconds },
  };
}

function fromParam(param: RecordParam | undefined): CssFormatParams | null {
  if (!param) return null;
  return {
    isEnabled: param.Enable === 1,
    intervalSeconds: param.RecordInterval ?? null,
    storageSeconds: param.StorageTime ?? null,
    vodSubAppId: param.VodSubAppId || null,
  };
}

/** A record template as CSS describes it, in the console's terms. */
export function fromRecordTemplate(info: RecordTemplateInfo): CssRecordTemplate {
  return {
    id: info.TemplateId ?? 0,
    name: info.TemplateName ?? "",
    formats: {
      hls: fromParam(info.HlsParam),
      mp4: fromParam(info.Mp4Param),
      flv: fromParam(info.FlvParam),
      aac: fromParam(info.AacParam),
    },
    resumeSeconds: info.HlsSpecialParam?.FlowContinueDuration ?? null,
  };
}
