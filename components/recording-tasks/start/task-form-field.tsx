"use client";
import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";

/** A labelled field with its hint and error, wired for aria-describedby. */
export function TaskFormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  children: (describedBy: string, isInvalid: boolean) => ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children(`${id}-error${hint ? ` ${id}-hint` : ""}`, Boolean(error))}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={error ? [error] : undefined} />
    </div>
  );
}
