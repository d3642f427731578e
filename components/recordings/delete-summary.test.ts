import { describe, expect, it } from "vitest";
import { deleteSummary } from "./delete-summary";

describe("deleteSummary", () => {
  it("says how many went and how many stayed", () => {
    expect(deleteSummary({ deleted: ["1"], notDeleted: [] })).toBe("Deleted 1 recording");
    expect(deleteSummary({ deleted: ["1", "4"], notDeleted: [] })).toBe("Deleted 2 recordings");
    expect(
      deleteSummary({
        deleted: ["1", "4"],
        notDeleted: [{ fileId: "2", code: "NOT_FOUND", reason: "FileId 2 is not in VOD." }],
      }),
    ).toBe("Deleted 2 recordings; 1 recording not deleted");
  });
});
