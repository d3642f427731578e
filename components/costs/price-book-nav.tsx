import { useTranslations } from "next-intl";
import type { PriceGroup } from "@/lib/costs/price-keys";

/** Links to the price book's sections, so an admin finds a price by what it bills. */
export function PriceBookNav({ sections }: { sections: ReadonlyArray<{ group: PriceGroup }> }) {
  const t = useTranslations("costs.priceBook");
  return (
    <nav aria-label={t("groupsNav")} className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {sections.map((section) => (
        <a
          key={section.group}
          href={`#prices-${section.group}`}
          className="text-primary underline-offset-4 hover:underline"
        >
          {t(`groups.${section.group}.title`)}
        </a>
      ))}
    </nav>
  );
}
