import { z } from "zod";
import type { AccountConfig, AppConfig, ServiceName, ServiceState } from "@shared/local-cloud-account";

/** 1–12 digits: SdkAppIds, BizIds and VOD application ids are all numbers of this kind. */
const accountNumber = () =>
  z.int({ error: "must be a whole number" }).min(1, "must be a positive whole number").max(999_999_999_999);

const appSchema = z.strictObject({
  sdkAppId: accountNumber(),
  generation: z.enum(["legacy", "cloud"], { error: 'must be "legacy" or "cloud"' }),
  hasMonitoringPackage: z.boolean({ error: "must be true or false" }),
}) satisfies z.ZodType<AppConfig>;

const serviceState = z.enum(["active", "not-activated", "stopped-arrears", "disabled-by-user"], {
  error: 'must be "active", "not-activated", "stopped-arrears" or "disabled-by-user"',
}) satisfies z.ZodType<ServiceState>;

const services = z.strictObject({
  trtc: serviceState,
  vod: serviceState,
  live: serviceState,
}) satisfies z.ZodType<Record<ServiceName, ServiceState>>;

/** `service:Action` as CAM names it (`trtc:CreateCloudRecording`, `vod:*`). */
const camAction = z
  .string()
  .regex(/^(trtc|vod|live):(\*|[A-Za-z][A-Za-z0-9]*)$/, 'must be "trtc:<Action>", "vod:<Action>" or "live:<Action>"');

/** The whole account, as the control plane and LOCAL_CLOUD_ACCOUNT take it. */
export const accountConfigSchema = z.strictObject({
  bizId: accountNumber(),
  hasPushDomain: z.boolean({ error: "must be true or false" }),
  apps: z
    .array(appSchema, { error: "must be a list of apps" })
    .min(1, "must hold at least one app")
    .refine((apps) => new Set(apps.map((app) => app.sdkAppId)).size === apps.length, "must not list an SdkAppId twice"),
  vod: z.strictObject({
    requiresSubAppId: z.boolean({ error: "must be true or false" }),
    defaultSubAppId: accountNumber(),
    hotlinkKey: z
      .string()
      .regex(/^[A-Za-z0-9]{8,20}$/, "must be 8 to 20 letters and digits (VOD's rule for a hotlink key), or null")
      .nullable(),
  }),
  services,
  deniedActions: z.record(z.string().min(1, "must name a SecretId"), z.array(camAction)),
}) satisfies z.ZodType<AccountConfig>;

/** An account that does not hold together, with every problem as `field: what it must be`. */
export class AccountConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
    this.name = "AccountConfigError";
  }
}

const pathOf = (path: readonly PropertyKey[]) => (path.length > 0 ? path.map(String).join(".") : "(the account)");

/** Validates an account (control plane, environment, options); throws AccountConfigError naming each bad field. */
export function parseAccountConfig(input: unknown): AccountConfig {
  const result = accountConfigSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new AccountConfigError(
    result.error.issues.map((issue) => {
      if (issue.code === "unrecognized_keys") return `${pathOf(issue.path)}: unknown field ${issue.keys.join(", ")}`;
      // reportInput: a field left out arrives with no input, whatever check it failed.
      if (issue.code !== "custom" && issue.input === undefined) return `${pathOf(issue.path)}: is missing`;
      return `${pathOf(issue.path)}: ${issue.message}`;
    }),
  );
}
