import { h } from "../dom";
import type { PartnerChoice } from "../form-state";
import type { PartnerCard } from "../model";
import type { PaneContext } from "../pane/context";
import { value } from "./fields";
import { partnerName } from "./matches";

/** Search the directory and pick one partner; the list comes from the same resolver the bot uses. */
export function renderPicker(pane: PaneContext, onPick: (card: PartnerChoice) => void): HTMLElement {
  const results = h("ul", { class: "picker-results", role: "listbox" });
  const close = () => ((pane.picking = undefined), pane.render());
  const option = (card: PartnerCard) => {
    const name = partnerName(pane.language, card);
    return h("li", {}, h("button", { type: "button", class: "picker-option", role: "option", onclick: () => ((pane.picking = undefined), onPick({ id: card.id, name }), pane.render()) }, name));
  };
  let timer: number | undefined;
  const search = (q: string) => {
    window.clearTimeout(timer);
    if (q.trim().length < 2) return results.replaceChildren();
    timer = window.setTimeout(() => void pane.guard(async () => {
      const found = (await pane.api.get<{ match?: PartnerCard; candidates: PartnerCard[] }>(`/api/partners?q=${encodeURIComponent(q.trim())}`)).body;
      const cards = [found?.match, ...(found?.candidates ?? [])].filter((c): c is PartnerCard => Boolean(c));
      results.replaceChildren(...(cards.length ? cards.map(option) : [h("li", { class: "hint" }, pane.t("noPartnerFound", { q }))]));
    }), 250);
  };
  const input = h("input", { type: "search", id: "partner-search", "aria-label": pane.t("searchPartner"), placeholder: pane.t("searchPlaceholder"), oninput: (e: Event) => search(value(e)) });
  queueMicrotask(() => input.focus());
  return h("div", { class: "picker" }, input, results, h("button", { type: "button", class: "link", onclick: close }, pane.t("cancel")));
}
