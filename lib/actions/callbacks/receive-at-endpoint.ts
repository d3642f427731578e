import "server-only";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { applicationKeysCacheFor } from "@/lib/actions/callbacks/application-keys-cache";
import { getCallbackSourceLimit } from "@/lib/actions/callbacks/callback-source-limit";
import { receiveCallback } from "@/lib/actions/callbacks/receive-callback";
import type { CallbackFamily } from "@/lib/callbacks/summarize-event";

/** A delivery to one of the public callback endpoints, with the process's database, source limit and keys. */
export async function receiveAtEndpoint(request: Request, family: CallbackFamily): Promise<Response> {
  const db = await getDb();
  const sourceLimit = await getCallbackSourceLimit(db, env.callbacks.requestsPer10SecondsPerSource);
  return receiveCallback(request, family, { db, sourceLimit, keys: applicationKeysCacheFor(db) });
}
