import { SERVICE_NAMES, serviceOf, type CloudAction } from "../cloud-action";
import type { ErrorFamily, MappedError } from "./mapped-error";

const productOf = (action: CloudAction | undefined) => (action ? SERVICE_NAMES[serviceOf(action)] : "The product");

const unavailable = (message: string): MappedError => ({ code: "CLOUD_SERVICE_UNAVAILABLE", message });

/**
 * Product states of the account (CSS errors.go ResourceNotFound.*; VOD errors.go
 * FailedOperation.InvalidVodUser; CSS ResourceUnavailable.InvalidVodStatus): nothing the console
 * sends can fix them, the account's owner can.
 */
export const accountStateErrors: ErrorFamily = ({ code, action }) => {
  const product = productOf(action);
  switch (code) {
    case "ResourceNotFound.StopService":
    case "FailedOperation.JiFeiNoEnoughFund":
      return unavailable(
        `${product} has stopped serving this account because it is in arrears. Top up the Tencent Cloud account (Billing Center → Top up); the service resumes once the balance is positive.`,
      );
    case "ResourceNotFound.UserDisableService":
      return unavailable(
        `${product} was turned off on this account by its owner. Re-enable it in Tencent Cloud's ${product} console, then try again.`,
      );
    case "ResourceNotFound.ForbidService":
    case "ResourceNotFound.FreezeService":
    case "FailedOperation.InvalidAccount":
      return unavailable(
        `Tencent Cloud has frozen or banned ${product} on this account. Contact Tencent Cloud support to lift it.`,
      );
    case "FailedOperation.InvalidVodUser":
    case "ResourceUnavailable.InvalidVodStatus":
      return unavailable(
        "VOD (Video on Demand), where recordings are stored, is not activated on this Tencent Cloud account. Activate VOD in Tencent Cloud's VOD console, then try again.",
      );
    case "ResourceNotFound.UserNotExist":
      return action && serviceOf(action) === "live"
        ? unavailable(
            "CSS (Cloud Streaming Services), which records legacy TRTC apps, is not activated on this account. Activate CSS in Tencent Cloud's CSS console, then try again.",
          )
        : null;
  }
  // VOD's "service not activated" as the issue names it; no errors.go lists it (COVERAGE.md).
  if (code.endsWith(".ServiceNotExist")) {
    return unavailable(
      `${product} is not activated on this Tencent Cloud account. Activate it in its console, then try again.`,
    );
  }
  return null;
};
