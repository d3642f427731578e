"use client";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { renderMessage, type MessageValues } from "./message";

/**
 * Puts messages from `msg` (a schema's field error, a server action's error) into the viewer's
 * language; plain text (a cloud's own error) comes back as it is.
 */
export function useMessageText(): (text: string) => string {
  const t = useTranslations();
  return useCallback(
    (text: string) =>
      // Keys come from `msg` at run time; a key the catalog lacks shows as the key, not a crash.
      renderMessage(text, (key, values: MessageValues) =>
        t.has(key as never) ? t(key as never, values as never) : key,
      ),
    [t],
  );
}
