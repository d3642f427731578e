import type { CloudAction } from "@/lib/cloud/cloud-action";
import { msg } from "@/lib/i18n/message";
import type { RecordingGeneration } from "@/lib/schemas/application";

/** How the readiness check learns whether the CAM user may call an action. */
export type PermissionProbe =
  /** Sent: a read, or a write without a required parameter that names what it would act on. */
  | { kind: "sent" }
  /**
   * Never sent: its only required parameters describe what it creates, so even an incomplete
   * request could create something on a lenient backend. Told only by its neighbours.
   */
  | { kind: "not-sent"; why: NotSentReason; neighbours: readonly CloudAction[] };

/** Why a create is never sent: catalog keys under readiness.notSent. */
export type NotSentReason = "subAppName" | "recordTemplateName" | "callbackTemplateName";

/** One SDK action the console calls (a file under lib/cloud/{trtc,vod,live}/). */
export interface ConsoleAction {
  action: CloudAction;
  /** The recording generations that cannot record without it: a denial there blocks recording. */
  neededToRecord: readonly RecordingGeneration[];
  probe: PermissionProbe;
}

const SENT: PermissionProbe = { kind: "sent" };
const LEGACY = ["legacy"] as const;
const CLOUD = ["cloud"] as const;
const NONE = [] as const;

const action = (
  name: CloudAction,
  neededToRecord: readonly RecordingGeneration[] = NONE,
  probe: PermissionProbe = SENT,
): ConsoleAction => ({ action: name, neededToRecord, probe });

/**
 * What the console cannot do without an action, as a message ("start cloud-recording tasks"):
 * readiness.features.<service>_<Action> in the catalog.
 */
export const featureOf = (entry: Pick<ConsoleAction, "action">): string =>
  msg(`readiness.features.${entry.action.replace(":", "_")}`);

/**
 * Every action the console calls, and how its permission is checked. A write is "sent" only when
 * Tencent documents a required parameter naming the object it acts on (RoomId, TaskId, FileId,
 * TemplateId, DomainName), which the probe leaves out: nothing can be dismissed, stopped, deleted
 * or changed without naming it. The three creates whose only required parameter is a name
 * (CreateSubAppId `Name`, CreateLiveRecordTemplate / CreateLiveCallbackTemplate `TemplateName`,
 * SDK request models) are not sent. A test keeps this list equal to the actions named under
 * lib/cloud/{trtc,vod,live}/.
 */
export const CONSOLE_ACTIONS: readonly ConsoleAction[] = [
  action("trtc:CreateCloudRecording", CLOUD),
  action("trtc:DescribeCloudRecording", CLOUD),
  action("trtc:ModifyCloudRecording"),
  action("trtc:DeleteCloudRecording", CLOUD),
  action("trtc:StartMCUMixTranscode", LEGACY),
  action("trtc:StartMCUMixTranscodeByStrRoomId", LEGACY),
  action("trtc:StopMCUMixTranscode", LEGACY),
  action("trtc:StopMCUMixTranscodeByStrRoomId", LEGACY),
  action("trtc:DismissRoom"),
  action("trtc:DismissRoomByStrRoomId"),
  action("trtc:RemoveUser"),
  action("trtc:RemoveUserByStrRoomId"),
  action("trtc:StartStreamIngest"),
  action("trtc:DescribeRoomInfo"),
  action("trtc:DescribeUserInfo"),
  action("trtc:DescribeRecordingUsage"),
  action("trtc:DescribeMixTranscodingUsage"),
  action("trtc:DescribeRecordStatistic"),
  action("vod:SearchMedia"),
  action("vod:DescribeMediaInfos"),
  action("vod:DeleteMedia"),
  action("vod:ModifyMediaInfo"),
  action("vod:DescribeStorageDetails"),
  action("vod:DescribeCDNUsageData"),
  // Sent: its required InputType and FileInfos (required with InputType File) say what it edits; the
  // probe sends neither, and an edit of nothing can make no file.
  action("vod:EditMedia"),
  action("vod:DescribeTaskDetail"),
  action("vod:DescribeSubAppIds", CLOUD),
  action("vod:CreateSubAppId", NONE, {
    kind: "not-sent",
    why: "subAppName",
    neighbours: ["vod:DescribeSubAppIds"],
  }),
  action("live:DescribeLiveDomains", LEGACY),
  action("live:DescribeLiveRecordTemplates", LEGACY),
  action("live:DescribeLiveRecordRules", LEGACY),
  action("live:CreateLiveRecordTemplate", LEGACY, {
    kind: "not-sent",
    why: "recordTemplateName",
    neighbours: ["live:ModifyLiveRecordTemplate", "live:DescribeLiveRecordTemplates"],
  }),
  action("live:ModifyLiveRecordTemplate", LEGACY),
  action("live:CreateLiveRecordRule", LEGACY),
  action("live:DeleteLiveRecordRule", LEGACY),
  action("live:DescribeLiveCallbackTemplates"),
  action("live:DescribeLiveCallbackRules"),
  action("live:CreateLiveCallbackTemplate", NONE, {
    kind: "not-sent",
    why: "callbackTemplateName",
    neighbours: ["live:ModifyLiveCallbackTemplate", "live:DescribeLiveCallbackTemplates"],
  }),
  action("live:ModifyLiveCallbackTemplate"),
  action("live:CreateLiveCallbackRule"),
  action("live:DeleteLiveCallbackRule"),
];
