import { msg } from "@/lib/i18n/message";
import { FIX_URLS } from "../fix-urls";
import { failureOf, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessCheck } from "../check-context";
import type { ReadinessLine } from "../types";

const ID = "credentials";
const K = "readiness.checks.credentials";

/**
 * Whether Tencent accepts the console's keys, from the gate's three reads (one per product): any
 * AuthFailure other than CAM's says what is wrong with the keys, the clock or the account; none
 * answering at all means the endpoint is not there.
 */
export function interpretCredentials(
  outcomes: ReadonlyArray<ProbeOutcome<unknown>>,
  credentials: { secretIdHint: string; endpoint: string; region: string },
): ReadinessLine {
  const failures = outcomes.flatMap((outcome) => failureOf(outcome) ?? []);
  const refused = failures.find((failure) => failure.code === "CLOUD_AUTH_FAILED");
  if (refused) {
    const isAccount = refused.cloudCode === "AuthFailure.UnRealNameAuthenticated";
    return {
      id: ID,
      status: "blocking",
      title: msg(isAccount ? `${K}.unverifiedAccount` : `${K}.refused`),
      detail: msg(`${K}.refusedDetail`, {
        message: refused.message,
        cloudCode: refused.cloudCode ?? msg(`${K}.noCode`),
        secretId: credentials.secretIdHint,
      }),
      ...(isAccount ? {} : { fixUrl: FIX_URLS.camApiKeys }),
    };
  }
  const silent = failures.filter(
    (failure) => failure.code === "CLOUD_UNREACHABLE" || failure.code === "CLOUD_BAD_RESPONSE",
  );
  const [first] = silent;
  if (first && silent.length === outcomes.length) {
    return {
      id: ID,
      status: "blocking",
      title: msg(first.code === "CLOUD_UNREACHABLE" ? `${K}.unreachable` : `${K}.notTencent`),
      detail: msg(`${K}.silentDetail`, { message: first.message, endpoint: credentials.endpoint }),
    };
  }
  return {
    id: ID,
    status: "ok",
    title: msg(`${K}.accepted`),
    detail: msg(`${K}.acceptedDetail`, {
      endpoint: credentials.endpoint,
      region: credentials.region,
      secretId: credentials.secretIdHint,
    }),
  };
}

export const credentialsCheck: ReadinessCheck = async (context) =>
  interpretCredentials(Object.values(await context.probes.gate()), context.credentials);
