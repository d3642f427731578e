/**
 * Defaults of the local cloud, shared with the console's env module so that both programs agree
 * on where the local cloud listens and which dev credentials it accepts when nothing is configured.
 * These credentials are public on purpose: they only open a stand-in bound to 127.0.0.1.
 */
export const LOCAL_CLOUD_DEFAULTS = {
  port: 4566,
  rtmpPort: 1935,
  dataDir: ".data/local-cloud",
  secretId: "AKIDLOCALCLOUD00000000000000000000000",
  secretKey: "localcloudDevSecretKey00000000000",
  sdkAppId: 1400000123,
  region: "ap-guangzhou",
} as const;
