import "server-only";
import { getLocale } from "next-intl/server";
import { messageText } from "./message-text";

/** For server components: messages from `msg` in this request's language. */
export async function getMessageText(): Promise<(text: string) => string> {
  const locale = await getLocale();
  return (text) => messageText(text, locale);
}
