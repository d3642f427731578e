/**
 * The local cloud's public entry: the only file of local-cloud/src that the console (lib/, app/,
 * components/) may import (eslint.config.mjs enforces it). What both programs merely agree on,
 * such as the defaults and layout geometry, lives in shared/ instead.
 */
export { startLocalCloud } from "./server";
export type { LocalCloud, LocalCloudCredential, LocalCloudOptions } from "./options";
export { CONTROL_SECRET_HEADER } from "./core/http/control-secret";
export { controlSecretPath, ensureControlSecret, readControlSecretFile } from "./core/http/control-secret-file";
