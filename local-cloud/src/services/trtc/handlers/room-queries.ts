import type {
  DescribeRoomInfoResponse,
  DescribeUserInfoResponse,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import type { ActionHandler } from "../../../core/action-registry";
import { parseParams } from "../../../core/params/parse-params";
import { assertMonitoringPackage } from "../models/account-rules";
import { checkQueryWindow } from "../models/query-window";
import { describeRoomInfoSchema, describeUserInfoSchema } from "../schemas/room-queries";
import type { TrtcModels } from "../trtc-models";

type Response<T> = Omit<T, "RequestId">;

/** Window limits and default page sizes of the two actions (SDK model comments, reference §2.4). */
const ROOM_WINDOW_SECONDS = 24 * 3600;
const USER_WINDOW_SECONDS = 4 * 3600;
const DEFAULT_ROOM_PAGE_SIZE = 10;
const DEFAULT_USER_PAGE_SIZE = 6;

const nowSeconds = () => Math.floor(Date.now() / 1000);

export const describeRoomInfo =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<DescribeRoomInfoResponse>> => {
    const request = parseParams(describeRoomInfoSchema, params);
    assertMonitoringPackage(models.apps.get(request.SdkAppId), "DescribeRoomInfo");
    const window = { startTime: request.StartTime, endTime: request.EndTime };
    checkQueryWindow(window, ROOM_WINDOW_SECONDS, nowSeconds());
    const page = { number: request.PageNumber ?? 0, size: request.PageSize ?? DEFAULT_ROOM_PAGE_SIZE };
    const result = await models.history.rooms(request.SdkAppId, window, request.RoomId, page);
    return { Total: result.total, RoomList: result.items };
  };

export const describeUserInfo =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<DescribeUserInfoResponse>> => {
    const request = parseParams(describeUserInfoSchema, params);
    assertMonitoringPackage(models.apps.get(request.SdkAppId), "DescribeUserInfo");
    const now = nowSeconds();
    const window = { startTime: request.StartTime, endTime: request.EndTime };
    checkQueryWindow(window, USER_WINDOW_SECONDS, now);
    const page = { number: request.PageNumber ?? 0, size: request.PageSize ?? DEFAULT_USER_PAGE_SIZE };
    const result = await models.history.users(request.SdkAppId, request.CommId, window, request.UserIds, page, now);
    return { Total: result.total, UserList: result.items };
  };
