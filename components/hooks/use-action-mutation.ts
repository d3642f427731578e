"use client";
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toaster";
import type { ActionResult } from "@/lib/actions/result";
import { msg } from "@/lib/i18n/message";

/**
 * The one place for the mutation boilerplate: call a server action, toast its outcome, and
 * invalidate what it changed. Expected failures arrive as `{ ok: false }` values and are returned
 * to the caller too (for field errors).
 */
export function useActionMutation<Input, Output>(options: {
  action: (input: Input) => Promise<ActionResult<Output>>;
  invalidates: QueryKey[];
  successMessage: (output: Output, input: Input) => string;
}) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: options.action,
    onSuccess: async (result, input) => {
      if (result.ok) {
        toast.success(options.successMessage(result.data, input));
        await Promise.all(options.invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      } else if (result.error.code !== "VALIDATION") {
        toast.error(result.error.message);
      }
    },
    // The toaster puts the message into the viewer's language.
    onError: () => toast.error(msg("errors.serverFailed")),
  });
}
