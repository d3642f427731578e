/**
 * TRTC wants the whole reply (header and body) under 2,000 bytes (cloud.tencent.com 647/51586).
 * The framework adds a few hundred bytes of headers; a body under 1,000 leaves room for them.
 */
export const MAX_REPLY_BODY_BYTES = 1000;

/**
 * A refusal's message in the reply is cut to this many characters: even if each one became a
 * six-byte JSON escape, the body stays under the limit. The inbox keeps the whole reason.
 */
const MAX_REPLY_MESSAGE_CHARACTERS = 150;

/** What Tencent's docs recommend answering a callback it delivered. */
const ACCEPTED = { code: 0 };

/** A callback reply: 200 `{"code":0}` for an accepted delivery, else the status and why, in few bytes. */
export function callbackReply(status: number, message?: string): Response {
  const characters = Array.from(message ?? "");
  const shortened =
    characters.length > MAX_REPLY_MESSAGE_CHARACTERS
      ? `${characters.slice(0, MAX_REPLY_MESSAGE_CHARACTERS - 1).join("")}…`
      : characters.join("");
  const body = status === 200 ? ACCEPTED : { code: status, message: shortened };
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}
