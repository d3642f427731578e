"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useToast } from "@/components/ui/toaster";
import { resetPrice, updatePrice } from "@/lib/actions/costs/update-price";
import type { PriceBookEntry } from "@/lib/data/costs/price-book";

/** Admin-only: change one price (amount, source, date) or put it back to the reference's. */
export function PriceRowEditor({ entry }: { entry: PriceBookEntry }) {
  const t = useTranslations("costs.priceBook.editor");
  const itemLabel = useTranslations("costs.priceBook.items")(entry.key);
  const router = useRouter();
  const toast = useToast();
  const [amount, setAmount] = useState(entry.amount === null ? "" : String(entry.amount));
  const [source, setSource] = useState(entry.editedBy ? entry.source : "");
  const [asOf, setAsOf] = useState(new Date().toISOString().slice(0, 10));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [isPending, startTransition] = useTransition();
  const id = `${entry.key}-${entry.currency}`;

  function save() {
    startTransition(async () => {
      const result = await updatePrice({ key: entry.key, currency: entry.currency, amount, source, asOf });
      setFieldErrors(result.ok ? {} : (result.error.fieldErrors ?? {}));
      if (result.ok) {
        toast.success(t("saved", { item: itemLabel }));
        router.refresh();
      } else if (!result.error.fieldErrors) toast.error(result.error.message);
    });
  }

  function reset() {
    startTransition(async () => {
      const result = await resetPrice({ key: entry.key, currency: entry.currency });
      if (result.ok) {
        toast.success(t("wasReset", { item: itemLabel }));
        router.refresh();
      } else toast.error(result.error.message);
    });
  }

  return (
    <details>
      <summary className="cursor-pointer text-xs text-primary">
        {entry.amount === null ? t("setPrice") : t("edit")}
      </summary>
      <form
        className="mt-2 grid gap-2 md:grid-cols-[8rem_1fr_10rem_auto]"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        noValidate
      >
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-amount`}>{t("price")}</Label>
          <Input
            id={`${id}-amount`}
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            inputMode="decimal"
          />
          <FieldError id={`${id}-amount-error`} messages={fieldErrors.amount} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-source`}>{t("source")}</Label>
          <Input
            id={`${id}-source`}
            value={source}
            onChange={(event) => setSource(event.target.value)}
            placeholder={t("sourcePlaceholder")}
          />
          <FieldError id={`${id}-source-error`} messages={fieldErrors.source} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-as-of`}>{t("asOf")}</Label>
          <Input id={`${id}-as-of`} type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />
          <FieldError id={`${id}-as-of-error`} messages={fieldErrors.asOf} />
        </div>
        <div className="flex items-end gap-2">
          <Button type="submit" size="sm" disabled={isPending}>
            {t("save")}
          </Button>
          {entry.editedBy ? (
            <Button type="button" size="sm" variant="outline" disabled={isPending} onClick={reset}>
              {t("reset")}
            </Button>
          ) : null}
        </div>
      </form>
    </details>
  );
}
