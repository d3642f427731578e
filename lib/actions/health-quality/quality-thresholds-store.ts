import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { consoleSettings } from "@/lib/db/schema";
import {
  DEFAULT_QUALITY_THRESHOLDS,
  effectiveThresholds,
  type QualityThresholds,
} from "@/lib/health/quality/thresholds";
import { QUALITY_THRESHOLD_FIELDS } from "./threshold-fields";

export interface StoredQualityThresholds {
  /** What the worker applies: the overrides over the defaults. */
  effective: QualityThresholds;
  /** Only what differs from the defaults (`console_settings.quality_thresholds`). */
  overrides: Partial<QualityThresholds>;
}

/** The console's quality thresholds as the check worker reads them (the same one settings row). */
export async function readQualityThresholds(db: Db): Promise<StoredQualityThresholds> {
  const [row] = await db
    .select({ qualityThresholds: consoleSettings.qualityThresholds })
    .from(consoleSettings)
    .where(eq(consoleSettings.id, 1))
    .limit(1);
  const effective = effectiveThresholds(row?.qualityThresholds);
  return { effective, overrides: overridesOf(effective) };
}

/**
 * Only the values that differ from the defaults are kept, so a threshold left at its default
 * follows the default if a later release changes it; an empty object is "all defaults".
 */
export function overridesOf(values: QualityThresholds): Partial<QualityThresholds> {
  const overrides: Partial<QualityThresholds> = {};
  for (const { key } of QUALITY_THRESHOLD_FIELDS) {
    if (values[key] !== DEFAULT_QUALITY_THRESHOLDS[key]) overrides[key] = values[key];
  }
  return overrides;
}

/**
 * Stores new thresholds (all of them; `null` puts every one back to its default) and returns what
 * was there before, for the audit. The row's `updated_by_email` is left alone: it says who set the
 * inbox retention, which shares the row; the audit log says who changed the thresholds.
 */
export async function storeQualityThresholds(
  db: Db,
  values: QualityThresholds | null,
): Promise<{ before: StoredQualityThresholds; after: StoredQualityThresholds }> {
  const before = await readQualityThresholds(db);
  const overrides = values ? overridesOf(values) : {};
  await db
    .insert(consoleSettings)
    .values({ id: 1, qualityThresholds: overrides })
    .onConflictDoUpdate({ target: consoleSettings.id, set: { qualityThresholds: overrides } });
  return { before, after: { effective: effectiveThresholds(overrides), overrides } };
}
