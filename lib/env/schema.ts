import { z } from "zod";
import { LOCAL_CLOUD_DEFAULTS } from "@shared/local-cloud-defaults";

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
/** `https://host[:port]` and nothing more: what a CSP source list names. */
const isHttpOrigin = (value: string) =>
  URL.canParse(value) &&
  /^https?:$/.test(new URL(value).protocol) &&
  new URL(value).origin === value.replace(/\/$/, "");
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const port = (name: string, fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `${name} must be a TCP port number (1–65535)` })
      .int(`${name} must be a whole number (1–65535)`)
      .min(1, `${name} must be between 1 and 65535`)
      .max(65535, `${name} must be between 1 and 65535`)
      .default(fallback),
  );

/** The raw environment, as documented in ARCHITECTURE.md (Configuration). */
export const rawEnvSchema = z
  .object({
    TENCENTCLOUD_SECRET_ID: optionalString,
    TENCENTCLOUD_SECRET_KEY: optionalString,
    TENCENTCLOUD_REGION: optionalString,
    TENCENTCLOUD_ENDPOINT: z.preprocess(
      emptyToUndefined,
      z
        .url({
          protocol: /^https?$/,
          error: "TENCENTCLOUD_ENDPOINT must be an http:// or https:// base URL, e.g. http://127.0.0.1:4566",
        })
        .optional(),
    ),
    TRTC_SDK_APP_ID: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: "TRTC_SDK_APP_ID must be a number such as 1400000123" })
        .int("TRTC_SDK_APP_ID must be a whole number such as 1400000123")
        .positive("TRTC_SDK_APP_ID must be a positive number such as 1400000123")
        .optional(),
    ),
    TRTC_SDK_SECRET_KEY: optionalString,
    TRTC_RECORDING_GENERATION: z.preprocess(
      emptyToUndefined,
      z
        .enum(["legacy", "cloud"], {
          error:
            "TRTC_RECORDING_GENERATION must be cloud (apps created on or after 2022-08-01) or legacy (apps created before)",
        })
        .optional(),
    ),
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
        .optional(),
    ),
    CONSOLE_DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data/console")),
    NEXTAUTH_SECRET: z.preprocess(
      emptyToUndefined,
      z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters long").optional(),
    ),
    NEXTAUTH_URL: z.preprocess(
      emptyToUndefined,
      z.url({ error: "NEXTAUTH_URL must be the console's full URL, e.g. http://localhost:3000" }).optional(),
    ),
    ADMIN_EMAIL: z.preprocess(emptyToUndefined, z.email({ error: "ADMIN_EMAIL must be an e-mail address" }).optional()),
    ADMIN_PASSWORD: z.preprocess(
      emptyToUndefined,
      z.string().min(8, "ADMIN_PASSWORD must be at least 8 characters long").optional(),
    ),
    FFMPEG_PATH: z.preprocess(emptyToUndefined, z.string().default("ffmpeg")),
    FFPROBE_PATH: z.preprocess(emptyToUndefined, z.string().default("ffprobe")),
    MEDIA_ORIGINS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .refine(
          (value) =>
            value
              .split(/[\s,]+/)
              .filter(Boolean)
              .every(isHttpOrigin),
          "MEDIA_ORIGINS must be http(s) origins separated by commas, e.g. https://media.example.com",
        )
        .optional(),
    ),
    LOCAL_CLOUD_PORT: port("LOCAL_CLOUD_PORT", LOCAL_CLOUD_DEFAULTS.port),
    LOCAL_CLOUD_RTMP_PORT: port("LOCAL_CLOUD_RTMP_PORT", LOCAL_CLOUD_DEFAULTS.rtmpPort),
    LOCAL_CLOUD_DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(LOCAL_CLOUD_DEFAULTS.dataDir)),
    LOCAL_CLOUD_SECRET_ID: z.preprocess(emptyToUndefined, z.string().default(LOCAL_CLOUD_DEFAULTS.secretId)),
    LOCAL_CLOUD_SECRET_KEY: z.preprocess(emptyToUndefined, z.string().default(LOCAL_CLOUD_DEFAULTS.secretKey)),
    TRTC_CALLBACK_KEY: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(
          /^[A-Za-z0-9]{1,32}$/,
          "TRTC_CALLBACK_KEY must be 1 to 32 letters and digits, as TRTC's console takes it",
        )
        .optional(),
    ),
    CALLBACK_RATE_LIMIT: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({
          error: "CALLBACK_RATE_LIMIT must be a number of requests per 10 seconds per source (0 turns it off)",
        })
        .int("CALLBACK_RATE_LIMIT must be a whole number of requests per 10 seconds per source")
        .min(0, "CALLBACK_RATE_LIMIT must be between 0 (off) and 1000000")
        .max(1_000_000, "CALLBACK_RATE_LIMIT must be between 0 (off) and 1000000")
        .default(1000),
    ),
    ROOM_STALE_AFTER_MINUTES: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: "ROOM_STALE_AFTER_MINUTES must be a number of minutes (1–1440)" })
        .int("ROOM_STALE_AFTER_MINUTES must be a whole number of minutes (1–1440)")
        .min(1, "ROOM_STALE_AFTER_MINUTES must be between 1 and 1440")
        .max(1440, "ROOM_STALE_AFTER_MINUTES must be between 1 and 1440")
        .default(10),
    ),
  })
  .superRefine((raw, ctx) => {
    const hasId = raw.TENCENTCLOUD_SECRET_ID !== undefined;
    const hasKey = raw.TENCENTCLOUD_SECRET_KEY !== undefined;
    if (hasId !== hasKey) {
      ctx.addIssue({
        code: "custom",
        path: [hasId ? "TENCENTCLOUD_SECRET_KEY" : "TENCENTCLOUD_SECRET_ID"],
        message: "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY must be set together",
      });
    }
    if (hasId && raw.TRTC_SDK_APP_ID === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["TRTC_SDK_APP_ID"],
        message: "TRTC_SDK_APP_ID is required with Tencent Cloud credentials (your app's SdkAppId)",
      });
    }
    if (hasId && raw.TRTC_SDK_SECRET_KEY === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["TRTC_SDK_SECRET_KEY"],
        message:
          "TRTC_SDK_SECRET_KEY is required with Tencent Cloud credentials (the app's SDK secret key, used to sign UserSigs for bots the console starts)",
      });
    }
    if (hasId && raw.TRTC_RECORDING_GENERATION === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["TRTC_RECORDING_GENERATION"],
        message:
          "TRTC_RECORDING_GENERATION is required with Tencent Cloud credentials: cloud if the app was created on or after 2022-08-01, legacy before (TRTC console → Application management shows the creation date)",
      });
    }
    if (hasId && raw.NEXTAUTH_SECRET === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "NEXTAUTH_SECRET is required outside local mode (e.g. `openssl rand -base64 32`)",
      });
    }
    if ((raw.ADMIN_EMAIL === undefined) !== (raw.ADMIN_PASSWORD === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [raw.ADMIN_EMAIL === undefined ? "ADMIN_EMAIL" : "ADMIN_PASSWORD"],
        message: "ADMIN_EMAIL and ADMIN_PASSWORD must be set together",
      });
    }
  });

export type RawEnv = z.infer<typeof rawEnvSchema>;
