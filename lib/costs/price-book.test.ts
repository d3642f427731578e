import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { getPriceBook, priceOf, resetPrice, updatePrice } from "./price-book";
import { DEFAULT_CNY_PRICES, DEFAULT_USD_PRICES } from "./price-book-defaults";

describe.each(testDatabaseKinds())("price book on $name", (kind) => {
  const handle = useTestDatabase(kind);

  it("starts from the reference's prices, with unconfirmed ones marked", async () => {
    const cny = await getPriceBook(handle.db, "CNY");
    expect(cny).toHaveLength(DEFAULT_CNY_PRICES.length);
    expect(priceOf(cny, "legacyRecordingPerStreamMonth")).toBe(30);
    expect(priceOf(cny, "mixTranscoding720p")).toBe(0.0325);
    expect(cny.find((entry) => entry.key === "storagePerGbDay")).toMatchObject({ amount: 0.0048, unconfirmed: true });
    expect(await getPriceBook(handle.db, "USD")).toHaveLength(DEFAULT_USD_PRICES.length);
  });

  it("applies an admin's edit to one currency only, and resets it", async () => {
    await updatePrice(
      handle.db,
      { key: "mixTranscoding720p", currency: "CNY", amount: 0.03, source: "Contract 42", asOf: "2026-11-24" },
      "boss@example.com",
    );
    const edited = (await getPriceBook(handle.db, "CNY")).find((entry) => entry.key === "mixTranscoding720p");
    expect(edited).toMatchObject({
      amount: 0.03,
      source: "Contract 42",
      asOf: "2026-11-24",
      editedBy: "boss@example.com",
      unconfirmed: false,
    });
    expect(priceOf(await getPriceBook(handle.db, "USD"), "mixTranscoding720p")).toBe(0.0057);
    await updatePrice(
      handle.db,
      { key: "mixTranscoding720p", currency: "CNY", amount: 0.031, source: "Contract 43", asOf: "2026-11-25" },
      "boss@example.com",
    );
    expect(priceOf(await getPriceBook(handle.db, "CNY"), "mixTranscoding720p")).toBe(0.031);
    await resetPrice(handle.db, "mixTranscoding720p", "CNY");
    expect(priceOf(await getPriceBook(handle.db, "CNY"), "mixTranscoding720p")).toBe(0.0325);
  });
});
