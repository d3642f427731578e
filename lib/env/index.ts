import { parseEnv } from "./parse";

export type { CloudConfig, CloudMode, DatabaseConfig, Env, StartupApplication } from "./resolve";
export { InvalidEnvironmentError, parseEnv } from "./parse";

/** The console's validated configuration. Read env only through this object. */
export const env = parseEnv(process.env);
