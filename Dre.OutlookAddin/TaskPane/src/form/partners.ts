import { h } from "../dom";
import type { PartnerChoice } from "../form-state";
import type { PaneContext } from "../pane/context";
import { renderPicker } from "./picker";

/** The partners the contact is logged with: recognised addresses, partners picked for unknown ones, added by hand, minus those removed. */
export function chosenPartners(pane: PaneContext): PartnerChoice[] {
  const chosen = new Map<string, PartnerChoice>();
  for (const person of pane.item.people) {
    const match = pane.matches.of(person.email);
    if (match?.kind === "partner" && match.partnerId) chosen.set(match.partnerId, { id: match.partnerId, name: pane.matches.nameOf(match) });
    const pick = pane.state.picks[person.email.toLowerCase()];
    if (pick && match?.kind !== "partner") chosen.set(pick.id, pick);
  }
  for (const added of pane.state.added) chosen.set(added.id, added);
  return [...chosen.values()].filter((p) => !pane.state.removed.includes(p.id));
}

export function renderPartners(pane: PaneContext): HTMLElement {
  const chosen = chosenPartners(pane);
  const t = pane.t;
  const remove = (id: string) => pane.change((st) => (st.removed.push(id), (st.added = st.added.filter((a) => a.id !== id))), true);
  const chip = (p: PartnerChoice) =>
    h(
      "li",
      { class: "chip", "data-partner": p.id },
      h("span", {}, p.name),
      h("button", { type: "button", class: "chip-remove", "aria-label": `${t("remove")} ${p.name}`, onclick: () => remove(p.id) }, "×"),
    );
  return h(
    "div",
    { class: "partners", id: "partners" },
    chosen.length ? h("ul", { class: "chips" }, ...chosen.map(chip)) : h("p", { class: "hint" }, t("noPartnerYet")),
    pane.picking === "+"
      ? renderPicker(pane, (card) => pane.change((st) => (st.added.push(card), (st.removed = st.removed.filter((id) => id !== card.id)))))
      : h("button", { type: "button", class: "link", "data-action": "add-partner", onclick: () => ((pane.picking = "+"), pane.render()) }, "+ " + t("addPartner")),
  );
}
