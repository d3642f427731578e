import "server-only";
import { getLocale } from "next-intl/server";
import { messageText } from "@/lib/i18n/message-text";

export interface ApiError {
  code: string;
  message: string;
  fieldErrors?: Partial<Record<string, string[]>>;
}

/**
 * A route handler's error answer in the requester's language: messages from `msg` (a schema's,
 * a cloud error's) put into words, field errors too, so an API client never sees a catalog key.
 */
export async function errorResponse(error: ApiError, status: number): Promise<Response> {
  const locale = await getLocale();
  const words = (text: string) => messageText(text, locale);
  const fieldErrors = error.fieldErrors
    ? Object.fromEntries(Object.entries(error.fieldErrors).map(([field, texts]) => [field, (texts ?? []).map(words)]))
    : undefined;
  return Response.json({ error: { ...error, message: words(error.message), fieldErrors } }, { status });
}
