import { h } from "../dom";
import type { FollowUpRow } from "../form-state";
import type { PaneContext } from "../pane/context";
import { value } from "./fields";

export function renderFollowUps(pane: PaneContext): HTMLElement {
  return h(
    "div",
    { class: "follow-ups", id: "followUps" },
    ...pane.state.followUps.map((row, i) => renderFollowUp(pane, row, i)),
    h("button", { type: "button", class: "link", "data-action": "add-follow-up", onclick: () => pane.change((st) => st.followUps.push({ text: "", owner: "", due: "" }), true) }, "+ " + pane.t("addFollowUp")),
  );
}

function renderFollowUp(pane: PaneContext, row: FollowUpRow, i: number): HTMLElement {
  const t = pane.t;
  const edit = (mutate: (row: FollowUpRow, v: string) => void) => (e: Event) => pane.change((st) => mutate(st.followUps[i], value(e)));
  return h(
    "fieldset",
    { class: "follow-up", "data-index": i },
    h("input", { type: "text", id: `followUps-${i}-text`, "aria-label": t("followUpText"), placeholder: t("followUpText"), value: row.text, oninput: edit((r, v) => (r.text = v)) }),
    h(
      "div",
      { class: "follow-up-row" },
      h("input", { type: "email", id: `followUps-${i}-owner`, "aria-label": t("followUpOwner"), placeholder: t("followUpOwner"), value: row.owner, oninput: edit((r, v) => (r.owner = v)) }),
      h("input", { type: "date", id: `followUps-${i}-due`, "aria-label": t("followUpDue"), value: row.due, onchange: edit((r, v) => (r.due = v)) }),
      h("button", { type: "button", class: "chip-remove", "aria-label": t("remove"), onclick: () => pane.change((st) => st.followUps.splice(i, 1), true) }, "×"),
    ),
  );
}
