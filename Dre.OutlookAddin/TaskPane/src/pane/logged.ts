import type { AddinConfig } from "../auth";
import { h } from "../dom";
import { formatDate, type Language, type Translate } from "../i18n";
import type { LogResult } from "../model";

/** The pane once the contact is logged: what happened, and the way to the contact in Teams. */
export function renderLogged(t: Translate, language: Language, config: AddinConfig, result: LogResult): HTMLElement[] {
  const names = result.loggedBefore.map((l) => l.name).join(", ");
  const teams = config.teams;
  const link = teams
    ? `https://teams.microsoft.com/l/entity/${encodeURIComponent(teams.appId)}/${encodeURIComponent(teams.entityId)}?context=${encodeURIComponent(JSON.stringify({ subEntityId: `contact:${result.contact.id}` }))}`
    : undefined;
  return [
    paneHeader(t),
    h(
      "section",
      { class: "logged", "data-testid": "logged", "data-contact-id": result.contact.id },
      h("p", { class: "message message-success", role: "status" }, result.alreadyLogged ? t("loggedMerged", { names }) : t("loggedNew")),
      h("h2", {}, result.contact.subject),
      h("p", { class: "static" }, formatDate(language, new Date(result.contact.start))),
      link ? h("a", { class: "button button-primary", href: link, target: "_blank", rel: "noopener", "data-testid": "open-in-teams" }, t("openInTeams")) : null,
    ),
  ];
}

export function paneHeader(t: Translate): HTMLElement {
  return h("header", { class: "pane-header" }, h("h1", {}, t("title")));
}
