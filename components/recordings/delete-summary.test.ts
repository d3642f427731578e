import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { deleteSummary } from "./delete-summary";

describe("deleteSummary", () => {
  it("says how many went and how many stayed", () => {
    expect(messageText(deleteSummary({ deleted: ["1"], notDeleted: [] }))).toBe("Deleted 1 recording");
    expect(messageText(deleteSummary({ deleted: ["1", "4"], notDeleted: [] }))).toBe("Deleted 2 recordings");
    expect(
      messageText(
        deleteSummary({
          deleted: ["1", "4"],
          notDeleted: [{ fileId: "2", code: "NOT_FOUND", reason: "FileId 2 is not in VOD." }],
        }),
      ),
    ).toBe("Deleted 2 recordings; 1 recording not deleted");
  });

  it("says it in Chinese too", () => {
    expect(messageText(deleteSummary({ deleted: ["1", "4"], notDeleted: [] }), "zh-CN")).toBe("已删除 2 个录制文件");
  });
});
