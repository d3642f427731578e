"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "./button";

/**
 * A destructive-action confirmation on the native <dialog>: modal, focus kept inside, Escape
 * cancels, without any extra library.
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  isPending = false,
  onConfirm,
}: {
  trigger: (open: () => void) => ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  isPending?: boolean;
  onConfirm: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const t = useTranslations("common");
  const [isOpen, setIsOpen] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  const handleConfirm = () => {
    setIsOpen(false);
    onConfirm();
  };
  return (
    <>
      {trigger(() => setIsOpen(true))}
      <dialog
        ref={dialogRef}
        aria-label={title}
        onClose={() => setIsOpen(false)}
        className="m-auto w-full max-w-md rounded-lg border bg-card p-6 text-card-foreground shadow-lg backdrop:bg-foreground/30"
      >
        <h2 className="text-base font-semibold">{title}</h2>
        <div className="mt-2 text-sm text-muted-foreground">{description}</div>
        <div className="mt-6 flex justify-end gap-2">
          <Button variant="outline" onClick={() => setIsOpen(false)}>
            {t("cancel")}
          </Button>
          <Button variant="destructive" disabled={isPending} onClick={handleConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
