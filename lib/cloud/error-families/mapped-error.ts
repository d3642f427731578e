import { msg } from "@/lib/i18n/message";
import type { CloudAction } from "../cloud-action";
import type { CloudErrorCode } from "../error-codes";

/** What a Tencent error code means to a person: the console's code, a message saying what to do. */
export interface MappedError {
  code: CloudErrorCode;
  /** Made with `msg` (cloudErrors.*): put into words where it is shown, in the viewer's language. */
  message: string;
  /** Only for failures a second try can fix; reads retry these, writes never do. */
  isRetryable?: boolean;
}

/** A Tencent error as the families see it: its code, and the action that got it when known. */
export interface TencentFailure {
  code: string;
  action: CloudAction | undefined;
  requestId: string | undefined;
  /** Tencent's own message: read on the server to tell codes apart, never shown. */
  rawMessage: string;
}

/** One family of codes (credentials, CAM, account state, …): null when the code is not its own. */
export type ErrorFamily = (failure: TencentFailure) => MappedError | null;

/** How a message names the failed call: its CAM name, e.g. `trtc:CreateCloudRecording` (a message value). */
export const callName = (action: CloudAction | undefined): string => action ?? msg("cloudErrors.theCall");

/** The part of a code after its category: `RuleAlreadyExist` for `InternalError.RuleAlreadyExist`. */
export const subCodeOf = (code: string): string => code.slice(code.indexOf(".") + 1);
