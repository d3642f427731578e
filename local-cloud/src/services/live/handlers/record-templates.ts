import type {
  CreateLiveRecordTemplateResponse,
  DescribeLiveRecordTemplateResponse,
  DescribeLiveRecordTemplatesResponse,
  RecordTemplateInfo,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_models";
import type { ActionHandler } from "../../../core/action-registry";
import { parseParams } from "../../../core/params/parse-params";
import type { CssConfig } from "../models/css-config";
import type { StoredTemplate } from "../models/template-store";
import {
  createRecordTemplateSchema,
  describeRecordTemplatesSchema,
  modifyRecordTemplateSchema,
  templateIdSchema,
} from "../schemas/record-templates";

type Response<T> = Omit<T, "RequestId">;

const toInfo = (template: StoredTemplate): RecordTemplateInfo => ({
  IsDelayLive: 0,
  Description: "",
  ...template.body,
  TemplateId: template.id,
  TemplateName: template.name,
});

export const createLiveRecordTemplate =
  (css: CssConfig): ActionHandler =>
  async (params): Promise<Response<CreateLiveRecordTemplateResponse>> => {
    const { TemplateName, ...body } = parseParams(createRecordTemplateSchema, params);
    return { TemplateId: await css.recordTemplates.create(TemplateName, body) };
  };

export const modifyLiveRecordTemplate =
  (css: CssConfig): ActionHandler =>
  async (params) => {
    const { TemplateId, TemplateName, ...changes } = parseParams(modifyRecordTemplateSchema, params);
    await css.recordTemplates.modify(TemplateId, TemplateName, changes);
    return {};
  };

export const describeLiveRecordTemplates =
  (css: CssConfig): ActionHandler =>
  async (params): Promise<Response<DescribeLiveRecordTemplatesResponse>> => {
    const request = parseParams(describeRecordTemplatesSchema, params);
    const templates = (await css.recordTemplates.list()).map(toInfo);
    return {
      Templates:
        request.IsDelayLive === undefined
          ? templates
          : templates.filter((template) => (template.IsDelayLive ?? 0) === request.IsDelayLive),
    };
  };

export const describeLiveRecordTemplate =
  (css: CssConfig): ActionHandler =>
  async (params): Promise<Response<DescribeLiveRecordTemplateResponse>> => {
    const { TemplateId } = parseParams(templateIdSchema, params);
    return { Template: toInfo(await css.recordTemplates.get(TemplateId)) };
  };

export const deleteLiveRecordTemplate =
  (css: CssConfig): ActionHandler =>
  async (params) => {
    const { TemplateId } = parseParams(templateIdSchema, params);
    await css.recordTemplates.delete(TemplateId);
    return {};
  };
