import { grantingPolicies } from "../cam-policies";
import type { CloudAction } from "../cloud-action";
import type { ErrorFamily } from "./mapped-error";

function camMessage(action: CloudAction | undefined): string {
  if (!action) {
    return "The CAM user whose keys the console uses is not allowed to do this. Grant it the product's preset policy in CAM (for example QcloudTRTCFullAccess), then try again.";
  }
  return `The CAM user whose keys the console uses is not allowed to call ${action}. In CAM, attach the preset policy ${grantingPolicies(action)} to that user (or a custom policy that allows ${action}), then try again.`;
}

/**
 * A CAM user without the permission (AuthFailure.UnauthorizedOperation, UnauthorizedOperation.*,
 * CSS's InternalError.NotPermmitOperat): the keys are right, the user's policy is not.
 */
export const permissionErrors: ErrorFamily = ({ code, action }) => {
  if (code === "UnauthorizedOperation.SdkAppId") {
    return {
      code: "CLOUD_UNAUTHORIZED_OPERATION",
      message: `The console's keys may not use this SdkAppId${action ? ` for ${action}` : ""}: either the app belongs to another Tencent Cloud account (check the SdkAppId under Applications), or the CAM user's policy leaves this app out (attach QcloudTRTCFullAccess, or a custom policy whose resource names qcs::trtc::uin/<your uin>:sdkappid/<SdkAppId>).`,
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
