import { h } from "../dom";

const formFields = ["kind", "subject", "start", "partnerIds", "summary", "topics", "outcome", "followUps", "confidentiality"];

export function value(event: Event): string {
  return (event.target as HTMLInputElement).value;
}

/** Which part of the form a server field name belongs to ("followUps[0].text" stays with its row). */
export function slotOf(field: string): string | undefined {
  if (/^followUps\[\d+\]\.\w+$/.test(field)) return "followUps";
  const base = field.replace(/\[\d+\].*$/, "");
  if (base === "coeParticipants" || base === "partnerParticipants") return "people";
  if (base === "end") return "start";
  return formFields.includes(base) ? base : undefined;
}

/** A labelled control with the server's messages for its part of the form under it. */
export function field(fieldErrors: Readonly<Record<string, string[]>>, name: string, label: string, control: HTMLElement): HTMLElement {
  const errors = Object.entries(fieldErrors)
    .filter(([f]) => slotOf(f) === name)
    .flatMap(([, messages]) => messages);
  const labelFor = control.matches("input, select, textarea") ? control.id : undefined;
  return h(
    "div",
    { class: errors.length ? "field field-invalid" : "field", "data-field": name },
    labelFor ? h("label", { for: labelFor }, label) : h("span", { class: "label" }, label),
    control,
    ...errors.map((m) => h("p", { class: "field-error", "data-error-for": name }, m)),
  );
}

export function select(id: string, options: [string, string][], selected: string, onChange: (value: string) => void): HTMLSelectElement {
  return h(
    "select",
    { id, onchange: (e: Event) => onChange(value(e)) },
    ...options.map(([v, label]) => h("option", { value: v, selected: v === selected }, label)),
  );
}
