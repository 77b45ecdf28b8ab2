import { h } from "../dom";
import type { PartnerChoice } from "../form-state";
import type { EmailMatch } from "../model";
import type { PaneContext } from "../pane/context";
import { renderPicker } from "./picker";

const officerRoles = ["Dre.Officer", "Dre.Admin"];

/** The item's people, each with what the directory says of their address. */
export function renderPeople(pane: PaneContext, addDomain: (domain: string, partner: PartnerChoice) => void): HTMLElement {
  return h(
    "ul",
    { class: "people", id: "people" },
    ...pane.item.people.map((person) => {
      const key = person.email.toLowerCase();
      return h(
        "li",
        { class: "person", "data-email": key },
        h("div", { class: "person-name" }, person.name),
        h("div", { class: "person-email" }, person.email),
        renderPersonMatch(pane, key, pane.matches.of(person.email), pane.state.picks[key], addDomain),
      );
    }),
  );
}

function renderPersonMatch(pane: PaneContext, key: string, match: EmailMatch | undefined, pick: PartnerChoice | undefined, addDomain: (domain: string, partner: PartnerChoice) => void): HTMLElement | null {
  const t = pane.t;
  if (!match) return null;
  if (match.kind === "ourSide") return h("span", { class: "badge badge-coe" }, t("ourSide"));
  if (match.kind === "partner") return h("span", { class: "badge badge-partner" }, pane.matches.nameOf(match));
  if (match.kind === "invalid") return h("span", { class: "badge badge-muted" }, t("invalidAddress"));
  const domain = key.split("@")[1];
  const status = pick
    ? h("span", { class: "badge badge-partner" }, pick.name)
    : h("span", { class: "badge badge-warning" }, match.kind === "freeMail" ? t("freeMail") : t("notKnownPartner"));
  const canAddDomain = pick && match.kind === "unknown" && pane.roles.some((r) => officerRoles.includes(r));
  return h(
    "div",
    { class: "person-match" },
    status,
    pane.picking === key
      ? renderPicker(pane, (card) => pane.change((st) => (st.picks[key] = card)))
      : h("button", { type: "button", class: "link", "data-action": "choose-partner", onclick: () => ((pane.picking = key), pane.render()) }, pick ? t("changePartner") : t("choosePartner")),
    canAddDomain
      ? h("button", { type: "button", class: "button button-secondary button-small", "data-action": "add-domain", onclick: () => addDomain(domain, pick) }, t("addDomain", { domain, partner: pick.name }))
      : null,
  );
}
