import { withRole } from "@/lib/api/with-role";
import { getCostPrices } from "@/lib/data/costs/cost-prices";

export const dynamic = "force-dynamic";

/** Both currencies' known prices, for estimates made in the browser (the library, settings). */
export const GET = withRole("viewer", async () => Response.json(await getCostPrices()));
