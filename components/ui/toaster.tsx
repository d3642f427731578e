"use client";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { cn } from "@/lib/utils";

type ToastTone = "success" | "error";
interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
}

const ToastContext = createContext<((tone: ToastTone, message: string) => void) | null>(null);

const TOAST_LIFETIME_MS = 6000;

/** Form-level results, announced through an aria-live region as well as shown. */
export function Toaster({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  // A toast may carry a server action's message from `msg`: shown in the viewer's language.
  const messageText = useMessageText();
  const show = useCallback((tone: ToastTone, message: string) => {
    const id = Date.now() + Math.random();
    setToasts((current) => [...current.slice(-3), { id, tone, message }]);
    window.setTimeout(() => setToasts((current) => current.filter((toast) => toast.id !== id)), TOAST_LIFETIME_MS);
  }, []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div aria-live="polite" role="status" className="fixed right-4 bottom-4 z-50 flex w-80 flex-col gap-2">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            data-tone={toast.tone}
            className={cn(
              "rounded-md border bg-card px-4 py-3 text-sm shadow-md",
              toast.tone === "error" ? "border-destructive/50 text-destructive" : "border-success/50",
            )}
          >
            {messageText(toast.message)}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): { success(message: string): void; error(message: string): void } {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast must be used inside <Toaster>");
  return useMemo(
    () => ({ success: (m: string) => show("success", m), error: (m: string) => show("error", m) }),
    [show],
  );
}
