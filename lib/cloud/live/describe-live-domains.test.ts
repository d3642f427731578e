import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeAccount } from "../../../local-cloud/test/helpers/account-control";
import {
  liveClient,
  removeDataDir,
  startTestCloud,
  TEST_PUSH_DOMAIN,
  type TestCloud,
} from "../../../local-cloud/test/helpers/test-cloud";
import { choosePushDomain } from "@/lib/applications/push-domain-choice";
import { describeLiveDomains } from "./describe-live-domains";

/* Through the real SDK against a real local cloud: the account's push domain is its bizid's. */
let env: TestCloud;

beforeAll(async () => {
  env = await startTestCloud();
});

afterAll(async () => {
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

describe("describeLiveDomains", () => {
  it("lists the account's push domain, which the Applications page then chooses", async () => {
    const domains = await describeLiveDomains(liveClient(env.cloud.port));
    expect(domains).toEqual([{ name: TEST_PUSH_DOMAIN, type: "push", isEnabled: true }]);
    expect(choosePushDomain(domains)).toEqual({ kind: "one", domain: TEST_PUSH_DOMAIN });
  });

  it("lists none while relay to CDN is off", async () => {
    await changeAccount(env.cloud, (account) => ({ ...account, hasPushDomain: false }));
    const domains = await describeLiveDomains(liveClient(env.cloud.port));
    expect(choosePushDomain(domains)).toEqual({ kind: "none" });
  });
});
