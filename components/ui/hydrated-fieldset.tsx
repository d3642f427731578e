"use client";
import type { ReactNode } from "react";
import { useIsHydrated } from "@/lib/hooks/use-is-hydrated";

/**
 * Wraps a react-hook-form form's fields: disabled until React has hydrated (a value typed or a box
 * ticked earlier would be undone when the form registers its fields, and a submit would reload the
 * page), and whenever `disabled` says so. It adds no box of its own (`display: contents`).
 */
export function HydratedFieldset({ disabled = false, children }: { disabled?: boolean; children: ReactNode }) {
  const isHydrated = useIsHydrated();
  return (
    <fieldset disabled={disabled || !isHydrated} className="contents">
      {children}
    </fieldset>
  );
}
