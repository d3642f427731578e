import type { AccountConfig } from "@shared/local-cloud-account";
import type { LocalCloud } from "../../src/options";
import { controlFetch, type ControlPlaneTarget } from "./control-plane";

/** `GET /_local/account`: the account the local cloud imposes now. */
export async function getAccount(cloud: Pick<LocalCloud, "url">): Promise<AccountConfig> {
  const response = await fetch(`${cloud.url}/_local/account`);
  if (!response.ok) throw new Error(`GET /_local/account answered ${response.status}`);
  return (await response.json()) as AccountConfig;
}

/** `PUT /_local/account` with the whole account; resolves with the answer, whatever its status. */
export async function putAccount(
  cloud: ControlPlaneTarget,
  account: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await controlFetch(cloud, "/_local/account", {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: typeof account === "string" ? account : JSON.stringify(account),
  });
  return { status: response.status, body: await response.json() };
}

/** Changes the account as `change` says and fails the test if the control plane refuses it. */
export async function changeAccount(
  cloud: ControlPlaneTarget,
  change: (account: AccountConfig) => AccountConfig,
): Promise<AccountConfig> {
  const answer = await putAccount(cloud, change(await getAccount(cloud)));
  if (answer.status !== 200)
    throw new Error(`PUT /_local/account answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body as AccountConfig;
}
