import { FIX_URLS } from "../fix-urls";
import { failureOf, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessCheck } from "../check-context";
import type { ReadinessLine } from "../types";

const ID = "credentials";

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
      title: isAccount ? "The Tencent Cloud account is not verified" : "Tencent Cloud refuses the console's keys",
      detail: `${refused.message} (${refused.cloudCode ?? "no code"}, SecretId ${credentials.secretIdHint})`,
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
      title:
        first.code === "CLOUD_UNREACHABLE" ? "The cloud cannot be reached" : "The cloud endpoint is not Tencent's API",
      detail: `${first.message} Endpoint: ${credentials.endpoint}.`,
    };
  }
  return {
    id: ID,
    status: "ok",
    title: "Tencent Cloud accepts the console's keys",
    detail: `${credentials.endpoint} (${credentials.region}) accepted requests signed with SecretId ${credentials.secretIdHint}.`,
  };
}

export const credentialsCheck: ReadinessCheck = async (context) =>
  interpretCredentials(Object.values(await context.probes.gate()), context.credentials);
