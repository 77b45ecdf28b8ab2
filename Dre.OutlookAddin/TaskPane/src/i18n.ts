import { en, type TextKey } from "./locales/en";
import { fr } from "./locales/fr";

export type Language = "en" | "fr";

/** Office's display language decides: French for any fr-* locale, English otherwise. */
export function languageOf(displayLanguage: string | undefined): Language {
  return (displayLanguage ?? "").toLowerCase().startsWith("fr") ? "fr" : "en";
}

export type Translate = (key: TextKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const texts = language === "fr" ? fr : en;
  return (key, values) =>
    texts[key].replace(/\{(\w+)\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole));
}

export function formatDate(language: Language, value: Date | undefined): string {
  if (!value) return "";
  return new Intl.DateTimeFormat(language === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "short" }).format(value);
}
