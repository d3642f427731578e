import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import type { SampleClip } from "@/lib/rooms/types";

const samplesSchema = z.object({
  samples: z.array(
    z.object({ name: z.string(), url: z.string(), width: z.number(), height: z.number(), durationSeconds: z.number() }),
  ),
});

/**
 * The sample clips the endpoint offers under `/_local/samples`, if it is a local cloud. Tencent
 * Cloud has no such path, so the list is simply empty there and the form offers a URL field only.
 */
export async function listSampleClips(): Promise<SampleClip[]> {
  if (!env.cloud.endpoint) return [];
  try {
    const response = await fetch(`${env.cloud.protocol}${env.cloud.endpoint}/_local/samples`, {
      cache: "no-store",
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) return [];
    const parsed = samplesSchema.safeParse(await response.json());
    return parsed.success ? parsed.data.samples : [];
  } catch {
    return [];
  }
}
