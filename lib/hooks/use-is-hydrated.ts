"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/**
 * False in the server's HTML and until React has hydrated, true after. A form whose inputs are
 * wired by React (react-hook-form) keeps them disabled until then: a click that lands before
 * hydration would be lost, or a submit would reload the page instead of running the action.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
