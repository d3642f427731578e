import type { RecordingFormat } from "@/lib/schemas/recording-settings";

/** One format's part of a CSS record template (RecordParam), as the console reads it. */
export interface CssFormatParams {
  isEnabled: boolean;
  /** Longest file, in seconds (RecordInterval). */
  intervalSeconds: number | null;
  /** How long VOD keeps the files, in seconds (StorageTime); 0 = forever. */
  storageSeconds: number | null;
  /** The VOD application the files go to; null: the account's default one. */
  vodSubAppId: number | null;
}

/** A CSS record template (RecordTemplateInfo). */
export interface CssRecordTemplate {
  id: number;
  name: string;
  /** Per format, its parameters; null when the template has none for it. */
  formats: Record<RecordingFormat, CssFormatParams | null>;
  /** How long a stream may break and still record into the same file (HlsSpecialParam.FlowContinueDuration). */
  resumeSeconds: number | null;
}

/** A CSS record rule: which template records the streams of a push domain and stream path. */
export interface CssRecordRule {
  templateId: number | null;
  domain: string;
  /** The stream path, `trtc_<SdkAppId>` for a TRTC app. */
  appName: string;
  /** "" for every stream of the path (global auto recording). */
  streamName: string;
}

/** A CSS callback template: where and with which key CSS sends recording callbacks. */
export interface CssCallbackTemplate {
  id: number;
  name: string;
  recordNotifyUrl: string;
  callbackKey: string;
}

/** A CSS callback rule: which callback template serves a push domain and stream path. */
export interface CssCallbackRule {
  templateId: number | null;
  domain: string;
  appName: string;
}

/** Rules name a push domain and a stream path. */
export interface CssRuleTarget {
  domain: string;
  appName: string;
}

/**
 * What the console writes into CSS's Description fields: CSS allows only Chinese, English letters,
 * digits, `_` and `-` there (live_models comments on CreateLiveCallbackTemplate), so no spaces.
 */
export const CONSOLE_DESCRIPTION = "Managed_by_TRTC_Recording_Console";
