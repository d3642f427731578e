import { z } from "zod";
import { fields } from "../../../core/params/fields";

const domain = () => fields.nonEmptyString(255);
/** AppName and StreamName are matched exactly; "" is a value of its own (any stream / default path). */
const name = () => z.string().max(255, "must have at most 255 characters");

export const createRecordRuleSchema = z.strictObject({
  DomainName: domain(),
  TemplateId: fields.integer(),
  AppName: name().optional(),
  StreamName: name().optional(),
});
export const deleteRecordRuleSchema = z.strictObject({
  DomainName: domain(),
  AppName: name().optional(),
  StreamName: name().optional(),
});
export const createCallbackRuleSchema = z.strictObject({
  DomainName: domain(),
  AppName: name(),
  TemplateId: fields.integer(),
});
export const deleteCallbackRuleSchema = z.strictObject({ DomainName: domain(), AppName: name() });
export const emptySchema = z.strictObject({});
