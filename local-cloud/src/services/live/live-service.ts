import type { PGlite } from "@electric-sql/pglite";
import type { Account } from "../../account/account";
import type { Service, ServiceDefinition } from "../../core/service";
import { CssConfig } from "./models/css-config";
import { cssMigrations } from "./models/migrations";
import { PushDomains } from "./models/push-domains";
import { registerLiveActions } from "./routes";

export interface LiveServiceDeps {
  db: PGlite;
  account: Account;
}

export interface LiveService extends Service {
  /** The record and callback rules the recorder follows for streams pushed to the push domain. */
  config: CssConfig;
}

async function startLiveService({ db, account }: LiveServiceDeps): Promise<LiveService> {
  const config = new CssConfig(db);
  const domains = new PushDomains(account);
  return {
    name: "live",
    config,
    registerActions: (registry) => registerLiveActions(registry, { css: config, domains }),
    reset: () => config.reset(),
    // Only state in the store: nothing runs that would need stopping.
    close: async () => undefined,
  };
}

/** CSS (the live API): record and callback templates and rules. */
export const liveService: ServiceDefinition<LiveServiceDeps, LiveService> = {
  name: "live",
  migrations: cssMigrations,
  start: startLiveService,
};
