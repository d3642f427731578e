import type { CssConfig } from "./models/css-config";
import type { PushDomains } from "./models/push-domains";

/** The CSS state the handlers work on. */
export interface LiveModels {
  css: CssConfig;
  domains: PushDomains;
}
