import type {
  CreateSubAppIdResponse,
  DescribeMediaInfosResponse,
  DescribeStorageDataResponse,
  DescribeSubAppIdsResponse,
  ModifyMediaInfoResponse,
  SearchMediaResponse,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import type { ActionHandler } from "../../../core/action-registry";
import { parseParams } from "../../../core/params/parse-params";
import { vodErrors } from "../errors";
import { FOREVER, toMediaInfo } from "../models/to-media-info";
import type { VodApplications } from "../models/vod-applications";
import type { VodLibrary } from "../models/vod-library";
import type { VodUsage } from "../models/vod-usage";
import {
  createSubAppIdSchema,
  deleteMediaSchema,
  describeMediaInfosSchema,
  describeStorageDataSchema,
  describeSubAppIdsSchema,
  modifyMediaInfoSchema,
  searchMediaSchema,
} from "../schemas/media";

type Response<T> = Omit<T, "RequestId">;
export interface VodModels {
  library: VodLibrary;
  /** Which application a call's SubAppId names (and whether it must name one). */
  applications: VodApplications;
  usage: VodUsage;
  baseUrl: () => string;
}

const merge = (many: string[] | undefined, one: string | undefined) => [...(many ?? []), ...(one ? [one] : [])];

export const searchMedia =
  ({ library, applications, baseUrl }: VodModels): ActionHandler =>
  async (params): Promise<Response<SearchMediaResponse>> => {
    const request = parseParams(searchMediaSchema, params);
    const subAppId = await applications.partitionOf(request.SubAppId);
    const offset = request.Offset ?? 0;
    // Neither given: VOD returns at most 10 (reference §3.1).
    const limit = request.Limit ?? 10;
    if (offset + limit > 5000) throw vodErrors.searchCap(offset, limit);
    const after = request.CreateTime?.After ?? request.StartTime;
    const before = request.CreateTime?.Before ?? request.EndTime;
    const { total, rows } = await library.search({
      subAppId,
      fileIds: request.FileIds,
      names: merge(request.Names, request.Text),
      descriptions: request.Descriptions,
      namePrefixes: request.NamePrefixes,
      streamIds: merge(request.StreamIds, request.StreamId),
      streamPaths: request.StreamPaths,
      streamDomains: request.StreamDomains,
      categories: request.Categories,
      sourceTypes: merge(request.SourceTypes, request.SourceType),
      mediaTypes: request.MediaTypes,
      trtcSdkAppIds: request.TrtcSdkAppIds,
      trtcRoomIds: request.TrtcRoomIds,
      classIds: request.ClassIds,
      tags: request.Tags,
      ...(after ? { createdAfter: new Date(after) } : {}),
      ...(before ? { createdBefore: new Date(before) } : {}),
      // Ignored by the search when Names, Text or Descriptions is set: those come in relevance order.
      order: request.Sort?.Order === "Asc" ? "asc" : "desc",
      offset,
      limit,
    });
    return { TotalCount: total, MediaInfoSet: rows.map((row) => toMediaInfo(row, baseUrl(), request.Filters)) };
  };

export const describeMediaInfos =
  ({ library, applications, baseUrl }: VodModels): ActionHandler =>
  async (params): Promise<Response<DescribeMediaInfosResponse>> => {
    const request = parseParams(describeMediaInfosSchema, params);
    const subAppId = await applications.partitionOf(request.SubAppId);
    const rows = await library.byIds(request.FileIds, subAppId);
    const found = new Set(rows.map((row) => row.file_id));
    return {
      MediaInfoSet: rows.map((row) => toMediaInfo(row, baseUrl(), request.Filters)),
      NotExistFileIdSet: request.FileIds.filter((fileId) => !found.has(fileId)),
    };
  };

export const deleteMedia =
  ({ library, applications }: VodModels): ActionHandler =>
  async (params) => {
    const request = parseParams(deleteMediaSchema, params);
    const subAppId = await applications.partitionOf(request.SubAppId);
    await library.delete(request.FileId, subAppId);
    return {};
  };

export const modifyMediaInfo =
  ({ library, applications, baseUrl }: VodModels): ActionHandler =>
  async (params): Promise<Response<ModifyMediaInfoResponse>> => {
    const request = parseParams(modifyMediaInfoSchema, params);
    const subAppId = await applications.partitionOf(request.SubAppId);
    const expireAt =
      request.ExpireTime === undefined
        ? undefined
        : request.ExpireTime === FOREVER
          ? null
          : new Date(request.ExpireTime);
    const row = await library.modify(request.FileId, subAppId, {
      name: request.Name,
      description: request.Description,
      classId: request.ClassId,
      expireAt,
    });
    return { CoverUrl: toMediaInfo(row, baseUrl()).BasicInfo?.CoverUrl ?? "" };
  };

export const describeSubAppIds =
  ({ applications }: VodModels): ActionHandler =>
  async (params): Promise<Response<DescribeSubAppIdsResponse>> => {
    const request = parseParams(describeSubAppIdsSchema, params);
    const all = (await applications.list()).filter((app) => !request.Name || app.name.includes(request.Name));
    const offset = request.Offset ?? 0;
    return {
      TotalCount: all.length,
      SubAppIdInfoSet: all.slice(offset, offset + (request.Limit ?? 200)).map((app) => ({
        SubAppId: app.id,
        SubAppIdName: app.name,
        Name: app.name,
        Description: app.description,
        CreateTime: app.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
        Status: "On",
        Mode: "fileid",
        StorageRegions: ["ap-guangzhou"],
        Tags: [],
      })),
    };
  };

export const createSubAppId =
  ({ applications }: VodModels): ActionHandler =>
  async (params): Promise<Response<CreateSubAppIdResponse>> => {
    const request = parseParams(createSubAppIdSchema, params);
    return { SubAppId: await applications.create(request.Name, request.Description ?? "") };
  };

export const describeStorageData =
  ({ library, applications }: VodModels): ActionHandler =>
  async (params): Promise<Response<DescribeStorageDataResponse>> => {
    const request = parseParams(describeStorageDataSchema, params);
    const subAppId = await applications.partitionOf(request.SubAppId);
    const { count, bytes } = await library.storageBytes(subAppId);
    const empty = { InfrequentStorage: 0, ArchiveStorage: 0, DeepArchiveStorage: 0 };
    return {
      MediaCount: count,
      TotalStorage: bytes,
      StandardStorage: bytes,
      ...empty,
      StorageStat: [{ Area: "Chinese Mainland", TotalStorage: bytes, StandardStorage: bytes, ...empty }],
    };
  };
