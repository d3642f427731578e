import { accountStateErrors } from "./account-state";
import { credentialErrors } from "./credentials";
import { cssBusinessErrors } from "./css-business";
import { genericErrors } from "./generic";
import { limitErrors } from "./limits";
import type { MappedError, TencentFailure } from "./mapped-error";
import { permissionErrors } from "./permissions";
import { trtcErrors } from "./trtc";
import { vodErrors } from "./vod";

export type { MappedError, TencentFailure };

/** Most specific first: a product's own meaning of a code wins over its category's. */
const FAMILIES = [
  trtcErrors,
  vodErrors,
  permissionErrors,
  credentialErrors,
  accountStateErrors,
  cssBusinessErrors,
  limitErrors,
];

/** A Tencent error code, in the words of the family that knows it. */
export function mapTencentFailure(failure: TencentFailure): MappedError {
  for (const family of FAMILIES) {
    const mapped = family(failure);
    if (mapped) return mapped;
  }
  return genericErrors(failure);
}
