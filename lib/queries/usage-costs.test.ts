import { describe, expect, it } from "vitest";
import { costPricesQueryOptions } from "./cost-prices";
import { usageCostsQueryOptions, usageCostsUrl } from "./usage-costs";

describe("the cost query options", () => {
  it("key the usage report by its range, as the server prefetch does", () => {
    const options = usageCostsQueryOptions({ from: "2026-12-01", to: "2026-12-17" });
    expect(options.queryKey).toEqual(["costs", "usage", "2026-12-01", "2026-12-17"]);
    expect(costPricesQueryOptions().queryKey).toEqual(["costs", "prices"]);
  });

  it("ask the route for the range", () => {
    expect(usageCostsUrl({ from: "2026-11-01", to: "2026-11-30" })).toBe(
      "/api/costs/usage?from=2026-11-01&to=2026-11-30",
    );
  });
});
