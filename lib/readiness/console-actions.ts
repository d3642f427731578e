import type { CloudAction } from "@/lib/cloud/cloud-action";
import type { RecordingGeneration } from "@/lib/schemas/application";

/** How the readiness check learns whether the CAM user may call an action. */
export type PermissionProbe =
  /** Sent: a read, or a write without a required parameter that names what it would act on. */
  | { kind: "sent" }
  /**
   * Never sent: its only required parameters describe what it creates, so even an incomplete
   * request could create something on a lenient backend. Told only by its neighbours.
   */
  | { kind: "not-sent"; why: string; neighbours: readonly CloudAction[] };

/** One SDK action the console calls (a file under lib/cloud/{trtc,vod,live}/). */
export interface ConsoleAction {
  action: CloudAction;
  /** What the console cannot do without it, in words: "start cloud-recording tasks". */
  feature: string;
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
  feature: string,
  neededToRecord: readonly RecordingGeneration[] = NONE,
  probe: PermissionProbe = SENT,
): ConsoleAction => ({ action: name, feature, neededToRecord, probe });

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
  action("trtc:CreateCloudRecording", "start cloud-recording tasks", CLOUD),
  action("trtc:DescribeCloudRecording", "follow cloud-recording tasks", CLOUD),
  action("trtc:ModifyCloudRecording", "change a running task's layout and subscription"),
  action("trtc:DeleteCloudRecording", "stop cloud-recording tasks", CLOUD),
  action("trtc:StartMCUMixTranscode", "start and re-lay out MCU mixes (legacy: mixed recordings)", LEGACY),
  action("trtc:StartMCUMixTranscodeByStrRoomId", "start and re-lay out MCU mixes of string rooms", LEGACY),
  action("trtc:StopMCUMixTranscode", "stop MCU mixes (legacy: end mixed recordings)", LEGACY),
  action("trtc:StopMCUMixTranscodeByStrRoomId", "stop MCU mixes of string rooms", LEGACY),
  action("trtc:DismissRoom", "dismiss rooms"),
  action("trtc:DismissRoomByStrRoomId", "dismiss string rooms"),
  action("trtc:RemoveUser", "remove users from rooms"),
  action("trtc:RemoveUserByStrRoomId", "remove users from string rooms"),
  action("trtc:StartStreamIngest", "add participants that publish a clip"),
  action("trtc:DescribeRoomInfo", "repair rooms whose exit event was lost (with a monitoring package)"),
  action("trtc:DescribeUserInfo", "read a room's users from TRTC (with a monitoring package)"),
  action("trtc:DescribeRecordingUsage", "show cloud-recording costs"),
  action("trtc:DescribeMixTranscodingUsage", "show MCU mix costs"),
  action("trtc:DescribeRecordStatistic", "show legacy recording costs"),
  action("vod:SearchMedia", "list and search recordings"),
  action("vod:DescribeMediaInfos", "show a recording"),
  action("vod:DeleteMedia", "delete recordings"),
  action("vod:ModifyMediaInfo", "change how long a recording is kept"),
  action("vod:DescribeStorageDetails", "show storage costs"),
  action("vod:DescribeCDNUsageData", "show playback costs"),
  // Sent: its required InputType and FileInfos (required with InputType File) say what it edits; the
  // probe sends neither, and an edit of nothing can make no file.
  action("vod:EditMedia", "join a session's split recordings into one file"),
  action("vod:DescribeTaskDetail", "follow joins of split recordings"),
  action("vod:DescribeSubAppIds", "find the account's default VOD application", CLOUD),
  action("vod:CreateSubAppId", "create VOD applications (Settings)", NONE, {
    kind: "not-sent",
    why: "its only required parameter is the new application's name, so any request the check could send might create a VOD application",
    neighbours: ["vod:DescribeSubAppIds"],
  }),
  action("live:DescribeLiveDomains", "find the account's push domain", LEGACY),
  action("live:DescribeLiveRecordTemplates", "read the recording settings back", LEGACY),
  action("live:DescribeLiveRecordRules", "read the recording settings back", LEGACY),
  action("live:CreateLiveRecordTemplate", "save recording settings the first time", LEGACY, {
    kind: "not-sent",
    why: "its only required parameter is the template's name, so any request the check could send might create a CSS record template",
    neighbours: ["live:ModifyLiveRecordTemplate", "live:DescribeLiveRecordTemplates"],
  }),
  action("live:ModifyLiveRecordTemplate", "save recording settings", LEGACY),
  action("live:CreateLiveRecordRule", "turn recording on (global or chosen users)", LEGACY),
  action("live:DeleteLiveRecordRule", "switch between global and chosen-user recording", LEGACY),
  action("live:DescribeLiveCallbackTemplates", "read the CSS callback settings back"),
  action("live:DescribeLiveCallbackRules", "read the CSS callback settings back"),
  action("live:CreateLiveCallbackTemplate", "set the CSS callback URL the first time", NONE, {
    kind: "not-sent",
    why: "its only required parameter is the template's name, so any request the check could send might create a CSS callback template",
    neighbours: ["live:ModifyLiveCallbackTemplate", "live:DescribeLiveCallbackTemplates"],
  }),
  action("live:ModifyLiveCallbackTemplate", "change the CSS callback URL and key"),
  action("live:CreateLiveCallbackRule", "bind the CSS callback to the app's streams"),
  action("live:DeleteLiveCallbackRule", "unbind the CSS callback"),
];
