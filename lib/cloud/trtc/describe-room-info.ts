import "server-only";
import { cloudRead } from "../call";
import { cloudClients, type TrtcClient } from "../clients";

/** One room instance as DescribeRoomInfo reports it (a room id used again is a new instance). */
export interface RoomRecord {
  roomId: string;
  /** The instance's id, which DescribeUserInfo takes. */
  commId: string;
  /** Unix seconds. */
  createdAt: number;
  isFinished: boolean;
}

/**
 * One page of the app's room instances in a time window (DescribeRoomInfo). Paid since
 * 2024-04-01 and for history only, never real-time logic (reference §8): without a package it
 * fails with CLOUD_MONITORING_PACKAGE_REQUIRED.
 */
export async function describeRoomInfo(
  input: {
    sdkAppId: number;
    /** Unix seconds; the window is at most 24 h, within the last 14 days. */
    startTime: number;
    endTime: number;
    roomId?: string;
    pageNumber: number;
    pageSize: number;
  },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<{ rooms: RoomRecord[]; total: number }> {
  const response = await cloudRead("trtc:DescribeRoomInfo", () =>
    trtc.DescribeRoomInfo({
      SdkAppId: input.sdkAppId,
      StartTime: input.startTime,
      EndTime: input.endTime,
      ...(input.roomId ? { RoomId: input.roomId } : {}),
      PageNumber: input.pageNumber,
      PageSize: input.pageSize,
    }),
  );
  return {
    rooms: (response.RoomList ?? []).map((room) => ({
      roomId: room.RoomString ?? "",
      commId: room.CommId ?? "",
      createdAt: room.CreateTime ?? 0,
      isFinished: Boolean(room.IsFinished),
    })),
    total: response.Total ?? 0,
  };
}
