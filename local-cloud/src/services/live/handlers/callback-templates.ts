import type {
  CallBackTemplateInfo,
  CreateLiveCallbackTemplateResponse,
  DescribeLiveCallbackTemplateResponse,
  DescribeLiveCallbackTemplatesResponse,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_models";
import type { ActionHandler } from "../../../core/action-registry";
import { parseParams } from "../../../core/params/parse-params";
import { cssErrors } from "../errors";
import type { CssConfig } from "../models/css-config";
import type { StoredTemplate } from "../models/template-store";
import {
  createCallbackTemplateSchema,
  modifyCallbackTemplateSchema,
  NOTIFY_URL_FIELDS,
} from "../schemas/callback-templates";
import { templateIdSchema } from "../schemas/record-templates";

type Response<T> = Omit<T, "RequestId">;

const hasAnyUrl = (body: Record<string, unknown>) =>
  NOTIFY_URL_FIELDS.some((field) => typeof body[field] === "string" && body[field] !== "");

const toInfo = (template: StoredTemplate): CallBackTemplateInfo => ({
  Description: "",
  ...template.body,
  TemplateId: template.id,
  TemplateName: template.name,
});

export const createLiveCallbackTemplate =
  (css: CssConfig): ActionHandler =>
  async (params): Promise<Response<CreateLiveCallbackTemplateResponse>> => {
    const { TemplateName, ...body } = parseParams(createCallbackTemplateSchema, params);
    if (!hasAnyUrl(body)) throw cssErrors.noCallbackUrl();
    return { TemplateId: await css.callbackTemplates.create(String(TemplateName), body) };
  };

export const modifyLiveCallbackTemplate =
  (css: CssConfig): ActionHandler =>
  async (params) => {
    const { TemplateId, TemplateName, ...changes } = parseParams(modifyCallbackTemplateSchema, params);
    const id = Number(TemplateId);
    const current = await css.callbackTemplates.get(id);
    if (!hasAnyUrl({ ...current.body, ...changes })) throw cssErrors.noCallbackUrl();
    await css.callbackTemplates.modify(id, typeof TemplateName === "string" ? TemplateName : undefined, changes);
    return {};
  };

export const describeLiveCallbackTemplates =
  (css: CssConfig): ActionHandler =>
  async (): Promise<Response<DescribeLiveCallbackTemplatesResponse>> => ({
    Templates: (await css.callbackTemplates.list()).map(toInfo),
  });

export const describeLiveCallbackTemplate =
  (css: CssConfig): ActionHandler =>
  async (params): Promise<Response<DescribeLiveCallbackTemplateResponse>> => {
    const { TemplateId } = parseParams(templateIdSchema, params);
    return { Template: toInfo(await css.callbackTemplates.get(TemplateId)) };
  };

export const deleteLiveCallbackTemplate =
  (css: CssConfig): ActionHandler =>
  async (params) => {
    const { TemplateId } = parseParams(templateIdSchema, params);
    await css.callbackTemplates.delete(TemplateId);
    return {};
  };
