import { msg } from "@/lib/i18n/message";
import { serviceOf, type CloudAction } from "../cloud-action";
import type { ErrorFamily, MappedError } from "./mapped-error";

/** The product's name as a message value, in the viewer's language. */
const productOf = (action: CloudAction | undefined) =>
  msg(action ? `cloudErrors.products.${serviceOf(action)}` : "cloudErrors.products.unknown");

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
      return unavailable(msg("cloudErrors.accountState.arrears", { product }));
    case "ResourceNotFound.UserDisableService":
      return unavailable(msg("cloudErrors.accountState.disabledByOwner", { product }));
    case "ResourceNotFound.ForbidService":
    case "ResourceNotFound.FreezeService":
    case "FailedOperation.InvalidAccount":
      return unavailable(msg("cloudErrors.accountState.frozen", { product }));
    case "FailedOperation.InvalidVodUser":
    case "ResourceUnavailable.InvalidVodStatus":
      return unavailable(msg("cloudErrors.accountState.vodNotActivated"));
    case "ResourceNotFound.UserNotExist":
      return action && serviceOf(action) === "live"
        ? unavailable(msg("cloudErrors.accountState.cssNotActivated"))
        : null;
  }
  // VOD's "service not activated" as the issue names it; no errors.go lists it (COVERAGE.md).
  if (code.endsWith(".ServiceNotExist")) {
    return unavailable(msg("cloudErrors.accountState.notActivated", { product }));
  }
  return null;
};
