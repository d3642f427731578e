import type {
  CreateCloudRecordingResponse,
  DeleteCloudRecordingResponse,
  DescribeCloudRecordingResponse,
  ModifyCloudRecordingResponse,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import type { ActionHandler } from "../../../core/action-registry";
import { parseParams } from "../../../core/params/parse-params";
import { assertCloudRecordingApp } from "../models/account-rules";
import {
  createCloudRecordingSchema,
  deleteCloudRecordingSchema,
  describeCloudRecordingSchema,
  modifyCloudRecordingSchema,
} from "../schemas/cloud-recording";
import type { TrtcModels } from "../trtc-models";

type Response<T> = Omit<T, "RequestId">;

export const createCloudRecording =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<CreateCloudRecordingResponse>> => {
    const request = parseParams(createCloudRecordingSchema, params);
    assertCloudRecordingApp(models.apps.get(request.SdkAppId));
    return { TaskId: await models.cloudRecordings.create(request) };
  };

export const describeCloudRecording =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<DescribeCloudRecordingResponse>> => {
    const request = parseParams(describeCloudRecordingSchema, params);
    const { status } = models.cloudRecordings.describe(request.SdkAppId, request.TaskId);
    // VOD tasks list no files here: they are announced by callback (reference §2.3).
    return { TaskId: request.TaskId, Status: status, StorageFileList: [], RecorderKey: request.RecorderKey ?? "" };
  };

export const modifyCloudRecording =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<ModifyCloudRecordingResponse>> => {
    const request = parseParams(modifyCloudRecordingSchema, params);
    await models.cloudRecordings.modify(request.SdkAppId, request.TaskId, {
      ...(request.MixLayoutParams ? { layout: request.MixLayoutParams } : {}),
      ...(request.SubscribeStreamUserIds ? { subscription: request.SubscribeStreamUserIds } : {}),
    });
    return { TaskId: request.TaskId };
  };

export const deleteCloudRecording =
  (models: TrtcModels): ActionHandler =>
  async (params): Promise<Response<DeleteCloudRecordingResponse>> => {
    const request = parseParams(deleteCloudRecordingSchema, params);
    await models.cloudRecordings.delete(request.SdkAppId, request.TaskId);
    return { TaskId: request.TaskId };
  };
