import "server-only";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { cloudClients } from "@/lib/cloud/clients";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { publicOrigin } from "@/lib/http/public-origin";
import { msg } from "@/lib/i18n/message";
import { readLastCallbackEvents } from "./last-callback-events";
import { runReadiness } from "./run-readiness";
import { readStoredApplication } from "./stored-application";
import type { ReadinessReport } from "./types";

/** The Overview card's input: the report, or why the check could not run at all (a message). */
export type ReadinessResult = { ok: true; report: ReadinessReport } | { ok: false; problem: string };

/**
 * The readiness check of the application the switcher has chosen, as the Overview card shows it:
 * the console's own database gives the application's facts and the last callback events. Callers
 * check the session first (operator or admin: the check names the account's CAM resources).
 */
export async function readinessOfCurrentApplication(): Promise<ReadinessReport> {
  const db = await getDb();
  const application = await getCurrentApplication(db);
  const stored = await readStoredApplication(db, application.sdkAppId);
  return runReadiness({
    clients: cloudClients(),
    target: {
      sdkAppId: application.sdkAppId,
      generation: stored?.generation ?? application.generation,
      generationSource: msg(stored ? "readiness.sources.applications" : "readiness.sources.environment"),
      stored: stored ?? { pushDomain: null, defaultVodSubAppId: null, hasTrtcCallbackKey: false },
    },
    cloud: env.cloud,
    publicUrl: {
      origin: await publicOrigin(),
      source: env.auth.url ? "NEXTAUTH_URL" : msg("readiness.sources.requestAddress"),
    },
    callbackEvents: { read: () => readLastCallbackEvents(db, application.sdkAppId) },
  });
}

/**
 * readinessOfCurrentApplication for the Overview card, which starts it before it renders and
 * awaits it in a Suspense boundary: it never rejects, so nothing is left unhandled meanwhile.
 */
export function readinessForOverview(): Promise<ReadinessResult> {
  return readinessOfCurrentApplication().then(
    (report) => ({ ok: true, report }),
    (error: unknown) => {
      console.error("readiness check failed", error);
      return { ok: false, problem: msg("readiness.card.couldNotRun") };
    },
  );
}
