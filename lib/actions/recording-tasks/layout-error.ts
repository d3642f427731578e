import "server-only";
import { msg } from "@/lib/i18n/message";
import type { ActionError } from "@/lib/actions/result";
import type { MixApi } from "@/lib/recording-tasks/layout/layout-apis";
import { issueKey } from "@/lib/schemas/form-fields";
import { layoutIssues, type RecordingLayout } from "@/lib/schemas/recording-layout";

/**
 * What a re-layout of a running recording is refused with before anything is sent: the API's
 * layout rules against the output it was started with, as field errors under `layout.…`.
 */
export function layoutError(
  layout: RecordingLayout,
  canvas: { width: number; height: number },
  api: MixApi,
): ActionError | null {
  const issues = layoutIssues(layout, canvas, api);
  if (issues.length === 0) return null;
  return {
    code: "VALIDATION",
    message: msg("errors.someValuesInvalid"),
    fieldErrors: Object.fromEntries(issues.map((issue) => [issueKey(["layout", ...issue.path]), [issue.message]])),
  };
}
