"use client";
import { useMessageText } from "@/lib/i18n/use-message-text";

/** The error under a form field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  const messageText = useMessageText();
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} data-slot="field-error" className="text-xs text-destructive">
      {messages.map(messageText).join(" ")}
    </p>
  );
}
