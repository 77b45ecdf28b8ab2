import { app } from "@microsoft/teams-js";
import type { Language } from "./locales";

/** What the tab takes from its host: Teams' locale and theme inside Teams, the browser's outside. */
export interface HostContext {
  inTeams: boolean;
  language: Language;
  theme: "default" | "dark" | "contrast";
  /** The page a Teams deep link into the tab asked for (its context's subEntityId, "partners/morocco"), if any. */
  page?: string;
}

const languageOf = (locale: string | undefined): Language => (locale?.toLowerCase().startsWith("fr") ? "fr" : "en");

export async function hostContext(): Promise<HostContext> {
  const chosen = new URLSearchParams(location.search).get("lang");
  // A page not framed by anyone is a plain browser: initialising Teams there would only wait for a host that never answers.
  if (window.parent !== window) {
    try {
      await Promise.race([app.initialize(), new Promise((_, reject) => setTimeout(reject, 3000))]);
      const context = await app.getContext();
      return { inTeams: true, language: languageOf(chosen ?? context.app.locale), theme: themeOf(context.app.theme), page: context.page.subPageId || undefined };
    } catch {
      // Framed, but not by Teams (Outlook on the web, a test page): fall through to the browser's settings.
    }
  }

  const dark = matchMedia("(prefers-color-scheme: dark)").matches;
  const contrast = matchMedia("(forced-colors: active)").matches;
  return { inTeams: false, language: languageOf(chosen ?? navigator.language), theme: contrast ? "contrast" : dark ? "dark" : "default" };
}

export function themeOf(teamsTheme: string | undefined): HostContext["theme"] {
  return teamsTheme === "dark" ? "dark" : teamsTheme === "contrast" ? "contrast" : "default";
}

/** Follows Teams when the person switches theme while the tab is open. */
export function onThemeChange(handler: (theme: HostContext["theme"]) => void): void {
  app.registerOnThemeChangeHandler((theme) => handler(themeOf(theme)));
}
