import { randomInt } from "node:crypto";

/** TRTC's console takes a key of up to 32 letters and digits (trtc.io 39558): the longest is the strongest. */
export const TRTC_CALLBACK_KEY_LENGTH = 32;
/** What TRTC's console accepts as a callback key. */
export const TRTC_CALLBACK_KEY_PATTERN = /^[A-Za-z0-9]{1,32}$/;
const KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A fresh key: 32 letters and digits, each drawn uniformly from the CSPRNG (about 190 bits). No
 * server-only marker: the launcher makes the local key with it too.
 */
export function newTrtcCallbackKey(): string {
  return Array.from({ length: TRTC_CALLBACK_KEY_LENGTH }, () =>
    KEY_ALPHABET.charAt(randomInt(KEY_ALPHABET.length)),
  ).join("");
}
