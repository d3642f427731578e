import { msg } from "@/lib/i18n/message";
import { grantingPolicies } from "../cam-policies";
import type { CloudAction } from "../cloud-action";
import type { ErrorFamily } from "./mapped-error";

function camMessage(action: CloudAction | undefined): string {
  if (!action) {
    return msg("cloudErrors.permissions.camNoAction");
  }
  return msg("cloudErrors.permissions.cam", { action, policies: grantingPolicies(action) });
}

/**
 * A CAM user without the permission (AuthFailure.UnauthorizedOperation, UnauthorizedOperation.*,
 * CSS's InternalError.NotPermmitOperat): the keys are right, the user's policy is not.
 */
export const permissionErrors: ErrorFamily = ({ code, action }) => {
  if (code === "UnauthorizedOperation.SdkAppId") {
    return {
      code: "CLOUD_UNAUTHORIZED_OPERATION",
      message: action
        ? msg("cloudErrors.permissions.sdkAppIdForAction", { action })
        : msg("cloudErrors.permissions.sdkAppId"),
    };
  }
  const isCam =
    code === "AuthFailure.UnauthorizedOperation" ||
    code === "UnauthorizedOperation" ||
    code.startsWith("UnauthorizedOperation.") ||
    code === "InternalError.NotPermmitOperat" ||
    code === "FailedOperation.AuthError";
  return isCam ? { code: "CLOUD_UNAUTHORIZED_OPERATION", message: camMessage(action) } : null;
};
