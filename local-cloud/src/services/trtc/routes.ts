import type { ActionHandler, ActionRegistry } from "../../core/action-registry";
import {
  createCloudRecording,
  deleteCloudRecording,
  describeCloudRecording,
  modifyCloudRecording,
} from "./handlers/cloud-recording";
import {
  startMcuMixTranscode,
  startMcuMixTranscodeByStrRoomId,
  stopMcuMixTranscode,
  stopMcuMixTranscodeByStrRoomId,
} from "./handlers/mcu-mix";
import {
  describeMixTranscodingUsage,
  describeRecordingUsage,
  describeRecordStatistic,
  describeTrtcMcuTranscodeTime,
} from "./handlers/usage";
import { dismissRoom, dismissRoomByStrRoomId, removeUser, removeUserByStrRoomId } from "./handlers/room-control";
import { describeRoomInfo, describeUserInfo } from "./handlers/room-queries";
import { describeStreamIngest, startStreamIngest, stopStreamIngest } from "./handlers/stream-ingest";
import type { TrtcModels } from "./trtc-models";
import { TRTC_API_VERSION } from "./version";

/** The TRTC actions the local cloud implements; COVERAGE.md lists them against the SDK's. */
const TRTC_ACTIONS: Record<string, (models: TrtcModels) => ActionHandler> = {
  StartStreamIngest: startStreamIngest,
  StopStreamIngest: stopStreamIngest,
  DescribeStreamIngest: describeStreamIngest,
  RemoveUser: removeUser,
  RemoveUserByStrRoomId: removeUserByStrRoomId,
  DismissRoom: dismissRoom,
  DismissRoomByStrRoomId: dismissRoomByStrRoomId,
  DescribeRoomInfo: describeRoomInfo,
  DescribeUserInfo: describeUserInfo,
  StartMCUMixTranscode: startMcuMixTranscode,
  StartMCUMixTranscodeByStrRoomId: startMcuMixTranscodeByStrRoomId,
  StopMCUMixTranscode: stopMcuMixTranscode,
  StopMCUMixTranscodeByStrRoomId: stopMcuMixTranscodeByStrRoomId,
  CreateCloudRecording: createCloudRecording,
  DescribeCloudRecording: describeCloudRecording,
  ModifyCloudRecording: modifyCloudRecording,
  DeleteCloudRecording: deleteCloudRecording,
  DescribeRecordingUsage: describeRecordingUsage,
  DescribeMixTranscodingUsage: describeMixTranscodingUsage,
  DescribeTrtcMcuTranscodeTime: describeTrtcMcuTranscodeTime,
  DescribeRecordStatistic: describeRecordStatistic,
};

export function registerTrtcActions(registry: ActionRegistry, models: TrtcModels): void {
  for (const [action, handler] of Object.entries(TRTC_ACTIONS))
    registry.register(TRTC_API_VERSION, action, handler(models));
}
