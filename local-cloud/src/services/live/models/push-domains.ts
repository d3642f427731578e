import type { Account } from "../../../account/account";
import { cssErrors } from "../errors";

/** One of the account's CSS domains, as DescribeLiveDomains lists it. */
export interface LiveDomain {
  name: string;
  /** 0 push, 1 play. */
  type: 0 | 1;
  /** 0 disabled, 1 enabled. */
  status: 0 | 1;
  createdAt: Date;
}

/**
 * The account's CSS domains: only the push domain `<BizId>.livepush.myqcloud.com` that enabling
 * relay to CDN creates (reference §8), and none before that (`hasPushDomain` false). Play domains
 * are the customer's own (added with AddLiveDomain, which the local cloud does not implement).
 */
export class PushDomains {
  constructor(private readonly account: Account) {}

  list(): LiveDomain[] {
    if (!this.account.current().hasPushDomain) return [];
    return [{ name: this.account.pushDomain(), type: 0, status: 1, createdAt: this.account.createdAt }];
  }

  /** Record and callback rules bind to a domain of the account; any other is refused. */
  assertExists(domainName: string): void {
    if (!this.list().some((domain) => domain.name === domainName))
      throw cssErrors.domainNotExist(domainName, this.list()[0]?.name);
  }
}
