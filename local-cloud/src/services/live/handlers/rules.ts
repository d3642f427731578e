import type {
  DescribeLiveCallbackRulesResponse,
  DescribeLiveRecordRulesResponse,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_models";
import type { ActionHandler } from "../../../core/action-registry";
import { parseParams } from "../../../core/params/parse-params";
import type { LiveModels } from "../live-models";
import {
  createCallbackRuleSchema,
  createRecordRuleSchema,
  deleteCallbackRuleSchema,
  deleteRecordRuleSchema,
} from "../schemas/rules";
import { beijingTime } from "./beijing-time";

type Response<T> = Omit<T, "RequestId">;

/** CSS's default AppName when a rule leaves it out. */
const DEFAULT_APP_NAME = "live";

export const createLiveRecordRule =
  ({ css, domains }: LiveModels): ActionHandler =>
  async (params) => {
    const request = parseParams(createRecordRuleSchema, params);
    domains.assertExists(request.DomainName);
    await css.recordTemplates.get(request.TemplateId);
    await css.rules.addRecordRule(
      request.DomainName,
      request.AppName ?? DEFAULT_APP_NAME,
      request.StreamName ?? "",
      request.TemplateId,
    );
    return {};
  };

export const deleteLiveRecordRule =
  ({ css }: LiveModels): ActionHandler =>
  async (params) => {
    const request = parseParams(deleteRecordRuleSchema, params);
    // Tencent matches all three exactly: an empty AppName or StreamName is a value, not "any".
    await css.rules.deleteRecordRule(request.DomainName, request.AppName ?? "", request.StreamName ?? "");
    return {};
  };

export const describeLiveRecordRules =
  ({ css }: LiveModels): ActionHandler =>
  async (): Promise<Response<DescribeLiveRecordRulesResponse>> => ({
    Rules: (await css.rules.recordRules()).map((rule) => ({
      TemplateId: rule.templateId,
      DomainName: rule.domain,
      AppName: rule.appName,
      StreamName: rule.streamName,
      CreateTime: beijingTime(rule.createdAt),
      UpdateTime: beijingTime(rule.updatedAt),
    })),
  });

export const createLiveCallbackRule =
  ({ css, domains }: LiveModels): ActionHandler =>
  async (params) => {
    const request = parseParams(createCallbackRuleSchema, params);
    domains.assertExists(request.DomainName);
    await css.callbackTemplates.get(request.TemplateId);
    await css.rules.addCallbackRule(request.DomainName, request.AppName, request.TemplateId);
    return {};
  };

export const deleteLiveCallbackRule =
  ({ css }: LiveModels): ActionHandler =>
  async (params) => {
    const request = parseParams(deleteCallbackRuleSchema, params);
    await css.rules.deleteCallbackRule(request.DomainName, request.AppName);
    return {};
  };

export const describeLiveCallbackRules =
  ({ css }: LiveModels): ActionHandler =>
  async (): Promise<Response<DescribeLiveCallbackRulesResponse>> => ({
    Rules: (await css.rules.callbackRules()).map((rule) => ({
      TemplateId: rule.templateId,
      DomainName: rule.domain,
      AppName: rule.appName,
      CreateTime: beijingTime(rule.createdAt),
      UpdateTime: beijingTime(rule.updatedAt),
    })),
  });
