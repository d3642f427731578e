import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import type { Locale } from "./locales";

/** One catalog per language; the English one is the shape the others must have. */
export type Messages = typeof en;
export const CATALOGS: Record<Locale, Messages> = { en, "zh-CN": zhCN };
