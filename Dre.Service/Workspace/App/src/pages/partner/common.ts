import { makeStyles, tokens } from "@fluentui/react-components";
import type { Language, Texts } from "../../locales";
import { noMae } from "./filters";

export const useListStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export const maeLabel = (mae: string, t: Texts) => (mae === noMae ? t.noMaeNamed : mae);

export const dateText = (iso: string, language: Language) =>
  new Date(iso).toLocaleDateString(language === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium" });
