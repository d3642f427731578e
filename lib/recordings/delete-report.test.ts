import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { nothingDeletedError, type DeleteReport } from "./delete-report";

const foreign = {
  fileId: "2",
  code: "WRONG_APPLICATION" as const,
  reason: "FileId 2 belongs to app 1400000456, not the selected app 1400000123.",
};
const gone = {
  fileId: "3",
  code: "NOT_FOUND" as const,
  reason:
    "FileId 3 is not in the account's default VOD application: it was deleted, it expired, or it is in another VOD application.",
};

describe("a delete that removed nothing", () => {
  it("refuses a single file with its own reason and code", () => {
    expect(nothingDeletedError({ deleted: [], notDeleted: [foreign] })).toEqual({
      code: "WRONG_APPLICATION",
      message: foreign.reason,
    });
  });

  it("refuses several with every file's reason, under the first one's code", () => {
    const report: DeleteReport = { deleted: [], notDeleted: [foreign, gone] };
    const error = nothingDeletedError(report);
    expect({ ...error, message: messageText(error.message) }).toEqual({
      code: "WRONG_APPLICATION",
      message: `None of the 2 recordings was deleted. ${foreign.reason} ${gone.reason}`,
    });
  });
});
