/**
 * A failure answered to the caller as Tencent does: HTTP 200 with `Response.Error.{Code,Message}`.
 * Models and handlers throw it; only the API endpoint turns it into an envelope.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Error codes shared by every service (Tencent's common error list). */
export const commonErrors = {
  missingParameter: (field: string) =>
    new ApiError("MissingParameter", `The request is missing a required parameter \`${field}\`.`),
  invalidParameter: (message: string) => new ApiError("InvalidParameter", message),
  invalidParameterValue: (message: string) => new ApiError("InvalidParameterValue", message),
  unknownParameter: (field: string) =>
    new ApiError("UnknownParameter", `The parameter \`${field}\` is not recognized by this action.`),
  invalidAction: (action: string, version: string) =>
    new ApiError(
      "InvalidAction",
      `The action \`${action}\` (version \`${version}\`) does not exist or is not implemented by the local cloud (see local-cloud/COVERAGE.md).`,
    ),
  internalError: (message: string) => new ApiError("InternalError", message),
} as const;
