import type { PGlite } from "@electric-sql/pglite";
import type {
  CallbackTarget,
  FormatSettings,
  RecordingConfig,
  RecordingConfigSource,
  RecordingFormat,
} from "../../../recording/contracts";
import { RuleStore } from "./rule-store";
import { TemplateStore, type StoredTemplate } from "./template-store";

const PARAM_OF: Record<RecordingFormat, string> = {
  hls: "HlsParam",
  mp4: "Mp4Param",
  flv: "FlvParam",
  aac: "AacParam",
};
/** CSS's default segment length when a template leaves RecordInterval out. */
const DEFAULT_RECORD_INTERVAL_SECONDS = 1800;

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const numberOr = (value: unknown, fallback: number) => (typeof value === "number" ? value : fallback);

/** The enabled formats of a template, as the recorder reads them when a recording starts. */
export function toRecordingConfig(template: StoredTemplate): RecordingConfig {
  const formats: Partial<Record<RecordingFormat, FormatSettings>> = {};
  for (const [format, field] of Object.entries(PARAM_OF) as Array<[RecordingFormat, string]>) {
    const param = record(template.body[field]);
    if (param.Enable !== 1) continue;
    const subApp = numberOr(param.VodSubAppId, 0);
    formats[format] = {
      recordIntervalSeconds: numberOr(param.RecordInterval, DEFAULT_RECORD_INTERVAL_SECONDS),
      storageTimeSeconds: numberOr(param.StorageTime, 0),
      vodSubAppId: subApp > 0 ? subApp : null,
      vodFileName: typeof param.VodFileName === "string" && param.VodFileName !== "" ? param.VodFileName : null,
    };
  }
  return {
    templateId: template.id,
    formats,
    resumeWindowSeconds: numberOr(record(template.body.HlsSpecialParam).FlowContinueDuration, 0),
  };
}

/** The CSS configuration: templates, rules, and the recorder's view of them. */
export class CssConfig implements RecordingConfigSource {
  readonly recordTemplates: TemplateStore;
  readonly callbackTemplates: TemplateStore;
  readonly rules: RuleStore;

  constructor(db: PGlite) {
    this.recordTemplates = new TemplateStore(db, "record");
    this.callbackTemplates = new TemplateStore(db, "callback");
    this.rules = new RuleStore(db);
  }

  /**
   * Which template records this stream (contracts.ts): the rule naming the stream, else the
   * app-wide rule (empty StreamName, global auto recording), else — for a chosen stream only —
   * any rule on the app's domain and path. Read anew for each recording, so a changed template
   * applies to recordings that start afterwards.
   */
  async configForStream(stream: {
    domain: string;
    appName: string;
    streamName: string;
    isChosen: boolean;
  }): Promise<RecordingConfig | null> {
    const onApp = (await this.rules.recordRules()).filter(
      (rule) => rule.domain === stream.domain && rule.appName === stream.appName,
    );
    const rule =
      onApp.find((candidate) => candidate.streamName === stream.streamName) ??
      onApp.find((candidate) => candidate.streamName === "") ??
      (stream.isChosen ? onApp.at(-1) : undefined);
    if (!rule) return null;
    const config = toRecordingConfig(await this.recordTemplates.get(rule.templateId));
    return Object.keys(config.formats).length > 0 ? config : null;
  }

  async callbackTargetFor(stream: { domain: string; appName: string }): Promise<CallbackTarget | null> {
    const rule = (await this.rules.callbackRules()).find(
      (candidate) => candidate.domain === stream.domain && candidate.appName === stream.appName,
    );
    if (!rule) return null;
    const { body } = await this.callbackTemplates.get(rule.templateId);
    const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
    return {
      recordNotifyUrl: text(body.RecordNotifyUrl),
      recordStatusNotifyUrl: text(body.RecordStatusNotifyUrl),
      callbackKey: text(body.CallbackKey),
    };
  }

  async reset(): Promise<void> {
    await this.recordTemplates.deleteAll();
    await this.callbackTemplates.deleteAll();
  }
}
