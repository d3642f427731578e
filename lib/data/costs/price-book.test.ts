import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { resetPrice, updatePrice } from "@/lib/actions/costs/price-overrides";
import { getPriceBook, priceOf } from "@/lib/data/costs/price-book";
import { PRICE_KEYS } from "@/lib/costs/price-book-defaults";

describe.each(testDatabaseKinds())("price book on $name", (kind) => {
  const handle = useTestDatabase(kind);

  it("starts from the reference's prices, with unconfirmed ones marked and gaps left empty", async () => {
    const cny = await getPriceBook(handle.db, "CNY");
    expect(cny.map((entry) => entry.key)).toEqual([...PRICE_KEYS]);
    expect(priceOf(cny, "legacyRecordingPerStreamMonth")).toBe(30);
    expect(priceOf(cny, "mcuMixHdH264")).toBe(32.5);
    expect(cny.find((entry) => entry.key === "storagePerGbDay")).toMatchObject({ amount: 0.0048, unconfirmed: true });
    expect(cny.find((entry) => entry.key === "mcuMix4kH265")).toMatchObject({ amount: null, unconfirmed: true });
    expect(priceOf(await getPriceBook(handle.db, "USD"), "recordingSingleHd")).toBeNull();
  });

  it("applies an admin's edit to one currency only, and resets it", async () => {
    await updatePrice(
      handle.db,
      { key: "mcuMixHdH264", currency: "CNY", amount: 30, source: "Contract 42", asOf: "2026-11-24" },
      "boss@example.com",
    );
    const edited = (await getPriceBook(handle.db, "CNY")).find((entry) => entry.key === "mcuMixHdH264");
    expect(edited).toMatchObject({
      amount: 30,
      source: "Contract 42",
      asOf: "2026-11-24",
      editedBy: "boss@example.com",
      unconfirmed: false,
    });
    expect(priceOf(await getPriceBook(handle.db, "USD"), "mcuMixHdH264")).toBeNull();
    await updatePrice(
      handle.db,
      { key: "mcuMixHdH264", currency: "CNY", amount: 31, source: "Contract 43", asOf: "2026-11-25" },
      "boss@example.com",
    );
    expect(priceOf(await getPriceBook(handle.db, "CNY"), "mcuMixHdH264")).toBe(31);
    await resetPrice(handle.db, "mcuMixHdH264", "CNY");
    expect(priceOf(await getPriceBook(handle.db, "CNY"), "mcuMixHdH264")).toBe(32.5);
  });

  it("lets an admin fill a price the reference lacks", async () => {
    await updatePrice(
      handle.db,
      { key: "recordingSingleHd", currency: "USD", amount: 2.1, source: "Contract 44", asOf: "2026-11-26" },
      "boss@example.com",
    );
    const usd = await getPriceBook(handle.db, "USD");
    expect(usd.find((entry) => entry.key === "recordingSingleHd")).toMatchObject({ amount: 2.1, asOf: "2026-11-26" });
    await resetPrice(handle.db, "recordingSingleHd", "USD");
    expect(priceOf(await getPriceBook(handle.db, "USD"), "recordingSingleHd")).toBeNull();
  });
});
