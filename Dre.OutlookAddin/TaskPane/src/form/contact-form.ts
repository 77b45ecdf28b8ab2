import { h } from "../dom";
import type { ContactKind, FormState, PartnerChoice } from "../form-state";
import { formatDate } from "../i18n";
import type { TextKey } from "../locales/en";
import type { PaneContext } from "../pane/context";
import { field, select, value } from "./fields";
import { renderFollowUps } from "./follow-ups";
import { renderPartners } from "./partners";
import { renderPeople } from "./people";

const kinds: ContactKind[] = ["meeting", "call", "visit", "videoconference", "conference", "email"];
const confidentialities: FormState["confidentiality"][] = ["public", "internal", "restricted"];

export interface FormActions {
  submit(): void;
  addDomain(domain: string, partner: PartnerChoice): void;
}

/** The contact to log, as the person fills it in; every keystroke is kept for the item. */
export function renderForm(pane: PaneContext, actions: FormActions): HTMLElement {
  const { t, state: s } = pane;
  const f = (name: string, label: string, control: HTMLElement) => field(pane.fieldErrors, name, label, control);
  const text = (mutate: (st: FormState, v: string) => void) => (e: Event) => pane.change((st) => mutate(st, value(e)));
  const submitLabel = pane.busy ? t("submitting") : pane.lookup ? t("submitAdd") : t("submit");
  return h(
    "form",
    { class: "form", novalidate: true, onsubmit: (e: Event) => (e.preventDefault(), actions.submit()) },
    f("kind", t("kind"), select("kind", kinds.map((k) => [k, t(`kind.${k}` as TextKey)]), s.kind, (v) => pane.change((st) => (st.kind = v as ContactKind)))),
    f("subject", t("subject"), h("input", { id: "subject", type: "text", value: s.subject, maxlength: 300, oninput: text((st, v) => (st.subject = v)) })),
    f("start", t("when"), h("p", { class: "static", id: "when" }, when(pane))),
    f("people", t("people"), renderPeople(pane, actions.addDomain)),
    f("partnerIds", t("partners"), renderPartners(pane)),
    f("summary", t("summary"), h("textarea", { id: "summary", rows: 5, placeholder: t("summaryHint"), oninput: text((st, v) => (st.summary = v)) }, s.summary)),
    f("topics", t("topics"), h("input", { id: "topics", type: "text", value: s.topics, placeholder: t("topicsHint"), oninput: text((st, v) => (st.topics = v)) })),
    f("outcome", t("outcome"), h("textarea", { id: "outcome", rows: 2, oninput: text((st, v) => (st.outcome = v)) }, s.outcome)),
    f("followUps", t("followUps"), renderFollowUps(pane)),
    f(
      "confidentiality",
      t("confidentiality"),
      select("confidentiality", confidentialities.map((c) => [c, t(`confidentiality.${c}`)]), s.confidentiality, (v) => pane.change((st) => (st.confidentiality = v as FormState["confidentiality"]))),
    ),
    h("div", { class: "actions" }, h("button", { type: "submit", id: "submit", class: "button button-primary", disabled: pane.busy }, submitLabel)),
  );
}

function when(pane: PaneContext): string {
  const start = formatDate(pane.language, pane.item.start);
  const end = pane.item.end ? formatDate(pane.language, pane.item.end) : "";
  return end ? `${start} – ${end}` : start;
}
