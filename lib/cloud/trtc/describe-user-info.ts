import "server-only";
import { cloudRead } from "../call";
import { cloudClients, type TrtcClient } from "../clients";

/** One user's presence in a room instance as DescribeUserInfo reports it. */
export interface UserRecord {
  userId: string;
  /** Unix seconds. */
  joinedAt: number;
  deviceType: string;
  clientIp: string;
  /** The user has left. */
  isFinished: boolean;
}

/**
 * One page of a room instance's users in a time window (DescribeUserInfo): paid and for history
 * only, like DescribeRoomInfo.
 */
export async function describeUserInfo(
  input: {
    sdkAppId: number;
    commId: string;
    /** Unix seconds; the window is at most 4 h. */
    startTime: number;
    endTime: number;
    pageNumber: number;
    pageSize: number;
  },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<{ users: UserRecord[]; total: number }> {
  const response = await cloudRead("trtc:DescribeUserInfo", () =>
    trtc.DescribeUserInfo({
      SdkAppId: input.sdkAppId,
      CommId: input.commId,
      StartTime: input.startTime,
      EndTime: input.endTime,
      PageNumber: input.pageNumber,
      PageSize: input.pageSize,
    }),
  );
  return {
    users: (response.UserList ?? []).map((user) => ({
      userId: user.UserId ?? "",
      joinedAt: user.JoinTs ?? 0,
      deviceType: user.DeviceType ?? "",
      clientIp: user.ClientIp ?? "",
      isFinished: Boolean(user.Finished),
    })),
    total: response.Total ?? 0,
  };
}
