import { env } from "@/lib/env";
import { mediaOrigins } from "./content-security-policy";

let cached: string[] | undefined;

/** The configured media origins (see mediaOrigins), read once from the validated environment. */
export function configuredMediaOrigins(): string[] {
  const endpoint = env.cloud.endpoint;
  cached ??= mediaOrigins({
    endpointOrigin: endpoint ? new URL(`${env.cloud.protocol}${endpoint}`).origin : undefined,
    extraOrigins: env.playback.mediaOrigins,
  });
  return cached;
}
