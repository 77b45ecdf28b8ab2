import { Api, ApiFailure } from "./api";
import { type AddinConfig, rolesOf, type TokenProvider, tokenProviderFor } from "./auth";
import { h } from "./dom";
import {
  clearFormState,
  type ContactKind,
  type FormState,
  loadFormState,
  newFormState,
  type PartnerChoice,
  saveFormState,
} from "./form-state";
import { formatDate, type Language, languageOf, type Translate, translator } from "./i18n";
import type { TextKey } from "./locales/en";
import { type OutlookItem, readOutlookItem } from "./office-item";

type MatchKind = "partner" | "ourSide" | "freeMail" | "unknown" | "invalid";

interface EmailMatch {
  address: string;
  kind: MatchKind;
  partnerId?: string;
  partnerNameEn?: string;
  partnerNameFr?: string;
}

interface PartnerCard {
  id: string;
  nameEn: string;
  nameFr: string;
}

interface LoggedBy {
  userId: string;
  name: string;
  at: string;
}

interface Contact {
  id: string;
  subject: string;
  start: string;
  partnerIds: string[];
}

interface LookupResult {
  contactId: string;
  restricted: boolean;
  loggedBy: LoggedBy[];
}

interface LogResult {
  contact: Contact;
  alreadyLogged: boolean;
  loggedBefore: LoggedBy[];
}

interface SourceKey {
  iCalUid?: string;
  occurrenceStart?: string;
  internetMessageId?: string;
}

const kinds: ContactKind[] = ["meeting", "call", "visit", "videoconference", "conference", "email"];
const officerRoles = ["Dre.Officer", "Dre.Admin"];

/** The task pane: one Outlook item, one form, and what the service says about both. */
class TaskPane {
  private state: FormState;
  private matches = new Map<string, EmailMatch>();
  private source: SourceKey = {};
  private sourceMissing = false;
  private lookup?: LookupResult;
  private fieldErrors: Record<string, string[]> = {};
  private banner?: { kind: "error" | "info"; text: string; action?: { label: string; run: () => void } };
  private notice?: string;
  private picking?: string;
  private busy = false;
  private roles: string[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly item: OutlookItem,
    private readonly config: AddinConfig,
    private readonly tokens: TokenProvider,
    private readonly api: Api,
    private readonly language: Language,
    private readonly t: Translate,
  ) {
    this.state = loadFormState(item.itemId) ?? newFormState(item.type === "appointment" ? "meeting" : "email", item.subject);
  }

  async start(): Promise<void> {
    this.render();
    await this.guard(() => this.loadFromService());
  }

  private async loadFromService(): Promise<void> {
    this.roles = rolesOf(await this.api.token());
    const [matches] = await Promise.all([this.matchAddresses(), this.findSource()]);
    for (const match of matches) this.matches.set(match.address.toLowerCase(), match);
    if (this.source.iCalUid || this.source.internetMessageId) {
      const query = new URLSearchParams(Object.entries(this.source).filter(([, v]) => v) as [string, string][]);
      const found = await this.api.get<LookupResult>(`/api/contacts/lookup?${query}`);
      this.lookup = found.status === 200 ? found.body : undefined;
    }
    this.banner = undefined;
    this.render();
  }

  private async matchAddresses(): Promise<EmailMatch[]> {
    if (this.item.people.length === 0) return [];
    const query = this.item.people.map((p) => `email=${encodeURIComponent(p.email)}`).join("&");
    return (await this.api.get<EmailMatch[]>(`/api/partners/match?${query}`)).body ?? [];
  }

  /** A message usually carries its Internet message id; a meeting's iCalendar UID only the mailbox (through the service) knows. */
  private async findSource(): Promise<void> {
    if (this.item.internetMessageId) {
      this.source = { internetMessageId: this.item.internetMessageId };
      return;
    }
    const details = await this.api.get<SourceKey>(
      `/api/outlook/item-source?itemId=${encodeURIComponent(this.item.itemId)}&itemType=${this.item.type}`,
    );
    const body = details.body;
    this.source =
      this.item.type === "appointment"
        ? { iCalUid: body?.iCalUid, occurrenceStart: body?.occurrenceStart }
        : { internetMessageId: body?.internetMessageId };
    this.sourceMissing = !this.source.iCalUid && !this.source.internetMessageId;
  }

  /** Runs a call to the service; a failure becomes a message with a way to try again, and the form stays as it is. */
  private async guard(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      const failure = error instanceof ApiFailure ? error : new ApiFailure(navigator.onLine ? "network" : "offline");
      this.fieldErrors = failure.kind === "validation" ? failure.fieldErrors : {};
      const retry = () => void this.guard(action);
      this.banner = { kind: "error", ...this.explain(failure, retry) };
      this.busy = false;
      this.render();
      // The person pressed a button at the bottom of a long form: bring the explanation into view.
      this.root.querySelector<HTMLElement>(failure.kind === "validation" ? ".field-error" : "[data-testid=banner]")?.scrollIntoView({ block: "center" });
    }
  }

  private explain(failure: ApiFailure, retry: () => void): { text: string; action?: { label: string; run: () => void } } {
    switch (failure.kind) {
      case "offline":
        return { text: this.t("errorOffline"), action: { label: this.t("retry"), run: retry } };
      case "network":
        return { text: this.t("errorNetwork"), action: { label: this.t("retry"), run: retry } };
      case "signedOut":
        return { text: this.t("errorSignedOut"), action: { label: this.t("signIn"), run: () => (this.tokens.forget(), retry()) } };
      case "forbidden":
        return { text: this.t("errorForbidden") };
      case "tooLarge":
        return { text: this.t("errorTooLarge") };
      case "validation": {
        const unplaced = Object.entries(failure.fieldErrors)
          .filter(([field]) => !this.slotOf(field))
          .flatMap(([, messages]) => messages);
        return { text: [this.t("fieldsInvalid"), ...unplaced].join(" ") };
      }
      default:
        return { text: this.t("errorServer", { status: failure.status }), action: { label: this.t("retry"), run: retry } };
    }
  }

  private change(mutate: (state: FormState) => void, rerender = false): void {
    mutate(this.state);
    saveFormState(this.item.itemId, this.state);
    if (rerender) this.render();
  }

  private partnerName(card: { nameEn?: string; nameFr?: string }): string {
    return (this.language === "fr" ? card.nameFr : card.nameEn) ?? card.nameEn ?? "";
  }

  private matchedName(match: EmailMatch): string {
    return this.partnerName({ nameEn: match.partnerNameEn, nameFr: match.partnerNameFr });
  }

  private matchOf(email: string): EmailMatch | undefined {
    return this.matches.get(email.toLowerCase());
  }

  private chosenPartners(): PartnerChoice[] {
    const chosen = new Map<string, PartnerChoice>();
    for (const person of this.item.people) {
      const match = this.matchOf(person.email);
      if (match?.kind === "partner" && match.partnerId) chosen.set(match.partnerId, { id: match.partnerId, name: this.matchedName(match) });
      const pick = this.state.picks[person.email.toLowerCase()];
      if (pick && match?.kind !== "partner") chosen.set(pick.id, pick);
    }
    for (const added of this.state.added) chosen.set(added.id, added);
    return [...chosen.values()].filter((p) => !this.state.removed.includes(p.id));
  }

  private draft(): object {
    const coeParticipants: object[] = [];
    const partnerParticipants: object[] = [];
    for (const person of this.item.people) {
      const match = this.matchOf(person.email);
      if (!match || match.kind === "invalid") continue;
      if (match.kind === "ourSide") coeParticipants.push({ name: person.name, email: person.email });
      else partnerParticipants.push({ name: person.name, email: person.email, partnerId: match.partnerId ?? this.state.picks[person.email.toLowerCase()]?.id });
    }
    const s = this.state;
    const hasSource = Boolean(this.source.iCalUid || this.source.internetMessageId);
    return {
      kind: s.kind,
      start: this.item.start?.toISOString(),
      end: this.item.end?.toISOString(),
      partnerIds: this.chosenPartners().map((p) => p.id),
      coeParticipants,
      partnerParticipants,
      subject: s.subject,
      summary: s.summary.trim() || undefined,
      topics: s.topics.split(/[,;]/).map((t) => t.trim()).filter(Boolean),
      outcome: s.outcome.trim() || undefined,
      followUps: s.followUps
        .filter((f) => f.text.trim() || f.owner.trim() || f.due)
        .map((f) => ({ text: f.text, owner: f.owner.trim() || undefined, due: f.due || undefined })),
      confidentiality: s.confidentiality,
      source: hasSource ? (this.item.type === "appointment" ? "outlookMeeting" : "outlookEmail") : undefined,
      ...this.source,
    };
  }

  private submit(): void {
    if (this.busy) return;
    this.busy = true;
    this.fieldErrors = {};
    this.banner = undefined;
    this.render();
    void this.guard(async () => {
      const result = await this.api.post<LogResult>("/api/contacts", this.draft());
      this.busy = false;
      clearFormState(this.item.itemId);
      this.renderLogged(result.body!);
    });
  }

  private async addDomain(domain: string, partner: PartnerChoice): Promise<void> {
    await this.api.post(`/api/partners/${encodeURIComponent(partner.id)}/domains`, { domain });
    for (const [address, match] of this.matches) {
      if (address.endsWith("@" + domain)) {
        this.matches.set(address, { ...match, kind: "partner", partnerId: partner.id, partnerNameEn: partner.name, partnerNameFr: partner.name });
      }
    }
    this.notice = this.t("domainAdded", { domain, partner: partner.name });
    this.banner = undefined;
    this.render();
  }

  // ---- Rendering ----

  private render(): void {
    const focused = document.activeElement?.id;
    const parts = [
      h("header", { class: "pane-header" }, h("h1", {}, this.t("title"))),
      this.renderBanner(),
      this.renderLookup(),
      this.sourceMissing ? h("p", { class: "message message-warning", role: "status" }, this.t("errorNoSource")) : null,
      this.notice ? h("p", { class: "message message-success", role: "status" }, this.notice) : null,
      this.renderForm(),
    ];
    this.root.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    if (focused) document.getElementById(focused)?.focus();
  }

  private renderBanner(): HTMLElement | null {
    if (!this.banner) return null;
    const action = this.banner.action;
    return h(
      "div",
      { class: `message message-${this.banner.kind}`, role: "alert", "data-testid": "banner" },
      h("span", {}, this.banner.text),
      action ? h("button", { type: "button", class: "button button-secondary", onclick: () => action.run() }, action.label) : null,
    );
  }

  private renderLookup(): HTMLElement | null {
    if (!this.lookup) return null;
    if (this.lookup.restricted) return h("p", { class: "message message-info", role: "status", "data-testid": "already-logged" }, this.t("alreadyLoggedRestricted"));
    const names = this.lookup.loggedBy.map((l) => `${l.name} (${formatDate(this.language, new Date(l.at))})`).join(", ");
    return h(
      "div",
      { class: "message message-info", role: "status", "data-testid": "already-logged" },
      h("strong", {}, this.t("alreadyLoggedBy", { names })),
      h("span", {}, " " + this.t("alreadyLoggedOffer")),
    );
  }

  private renderForm(): HTMLElement {
    const s = this.state;
    const form = h(
      "form",
      { class: "form", novalidate: true, onsubmit: (e: Event) => (e.preventDefault(), this.submit()) },
      this.field("kind", this.t("kind"), this.select("kind", kinds.map((k) => [k, this.t(`kind.${k}` as TextKey)]), s.kind, (v) => this.change((st) => (st.kind = v as ContactKind)))),
      this.field("subject", this.t("subject"), h("input", { id: "subject", type: "text", value: s.subject, maxlength: 300, oninput: (e: Event) => this.change((st) => (st.subject = value(e))) })),
      this.field("start", this.t("when"), h("p", { class: "static", id: "when" }, this.when())),
      this.field("people", this.t("people"), this.renderPeople()),
      this.field("partnerIds", this.t("partners"), this.renderPartners()),
      this.field("summary", this.t("summary"), h("textarea", { id: "summary", rows: 5, placeholder: this.t("summaryHint"), oninput: (e: Event) => this.change((st) => (st.summary = value(e))) }, s.summary)),
      this.field("topics", this.t("topics"), h("input", { id: "topics", type: "text", value: s.topics, placeholder: this.t("topicsHint"), oninput: (e: Event) => this.change((st) => (st.topics = value(e))) })),
      this.field("outcome", this.t("outcome"), h("textarea", { id: "outcome", rows: 2, oninput: (e: Event) => this.change((st) => (st.outcome = value(e))) }, s.outcome)),
      this.field("followUps", this.t("followUps"), this.renderFollowUps()),
      this.field(
        "confidentiality",
        this.t("confidentiality"),
        this.select(
          "confidentiality",
          (["public", "internal", "restricted"] as const).map((c) => [c, this.t(`confidentiality.${c}`)]),
          s.confidentiality,
          (v) => this.change((st) => (st.confidentiality = v as FormState["confidentiality"])),
        ),
      ),
      h(
        "div",
        { class: "actions" },
        h("button", { type: "submit", id: "submit", class: "button button-primary", disabled: this.busy }, this.busy ? this.t("submitting") : this.lookup ? this.t("submitAdd") : this.t("submit")),
      ),
    );
    return form;
  }

  private when(): string {
    const start = formatDate(this.language, this.item.start);
    const end = this.item.end ? formatDate(this.language, this.item.end) : "";
    return end ? `${start} – ${end}` : start;
  }

  private field(name: string, label: string, control: HTMLElement): HTMLElement {
    const errors = Object.entries(this.fieldErrors)
      .filter(([field]) => this.slotOf(field) === name)
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

  /** Which part of the form a server field name belongs to ("followUps[0].text" stays with its row). */
  private slotOf(field: string): string | undefined {
    if (/^followUps\[\d+\]\.\w+$/.test(field)) return "followUps";
    const base = field.replace(/\[\d+\].*$/, "");
    if (base === "coeParticipants" || base === "partnerParticipants") return "people";
    if (base === "end") return "start";
    return ["kind", "subject", "start", "partnerIds", "summary", "topics", "outcome", "followUps", "confidentiality"].includes(base) ? base : undefined;
  }

  private select(id: string, options: [string, string][], selected: string, onChange: (value: string) => void): HTMLSelectElement {
    return h(
      "select",
      { id, onchange: (e: Event) => onChange(value(e)) },
      ...options.map(([v, label]) => h("option", { value: v, selected: v === selected }, label)),
    );
  }

  private renderPeople(): HTMLElement {
    return h(
      "ul",
      { class: "people", id: "people" },
      ...this.item.people.map((person) => {
        const key = person.email.toLowerCase();
        const match = this.matchOf(person.email);
        const pick = this.state.picks[key];
        return h(
          "li",
          { class: "person", "data-email": key },
          h("div", { class: "person-name" }, person.name),
          h("div", { class: "person-email" }, person.email),
          this.renderPersonMatch(key, match, pick),
        );
      }),
    );
  }

  private renderPersonMatch(key: string, match: EmailMatch | undefined, pick: PartnerChoice | undefined): HTMLElement | null {
    if (!match) return null;
    if (match.kind === "ourSide") return h("span", { class: "badge badge-coe" }, this.t("ourSide"));
    if (match.kind === "partner") return h("span", { class: "badge badge-partner" }, this.matchedName(match));
    if (match.kind === "invalid") return h("span", { class: "badge badge-muted" }, this.t("invalidAddress"));
    const domain = key.split("@")[1];
    const status = pick
      ? h("span", { class: "badge badge-partner" }, pick.name)
      : h("span", { class: "badge badge-warning" }, match.kind === "freeMail" ? this.t("freeMail") : this.t("notKnownPartner"));
    const canAddDomain = pick && match.kind === "unknown" && this.roles.some((r) => officerRoles.includes(r));
    return h(
      "div",
      { class: "person-match" },
      status,
      this.picking === key
        ? this.renderPicker((card) => this.change((st) => (st.picks[key] = card)))
        : h("button", { type: "button", class: "link", "data-action": "choose-partner", onclick: () => ((this.picking = key), this.render()) }, pick ? this.t("changePartner") : this.t("choosePartner")),
      canAddDomain
        ? h("button", { type: "button", class: "button button-secondary button-small", "data-action": "add-domain", onclick: () => void this.guard(() => this.addDomain(domain, pick)) }, this.t("addDomain", { domain, partner: pick.name }))
        : null,
    );
  }

  private renderPartners(): HTMLElement {
    const chosen = this.chosenPartners();
    return h(
      "div",
      { class: "partners", id: "partners" },
      chosen.length
        ? h(
            "ul",
            { class: "chips" },
            ...chosen.map((p) =>
              h(
                "li",
                { class: "chip", "data-partner": p.id },
                h("span", {}, p.name),
                h("button", { type: "button", class: "chip-remove", "aria-label": `${this.t("remove")} ${p.name}`, onclick: () => this.change((st) => (st.removed.push(p.id), (st.added = st.added.filter((a) => a.id !== p.id))), true) }, "×"),
              ),
            ),
          )
        : h("p", { class: "hint" }, this.t("noPartnerYet")),
      this.picking === "+"
        ? this.renderPicker((card) => this.change((st) => (st.added.push(card), (st.removed = st.removed.filter((id) => id !== card.id)))))
        : h("button", { type: "button", class: "link", "data-action": "add-partner", onclick: () => ((this.picking = "+"), this.render()) }, "+ " + this.t("addPartner")),
    );
  }

  /** Search the directory and pick one partner; the list comes from the same resolver the bot uses. */
  private renderPicker(onPick: (card: PartnerChoice) => void): HTMLElement {
    const results = h("ul", { class: "picker-results", role: "listbox" });
    let timer: number | undefined;
    const search = (q: string) => {
      window.clearTimeout(timer);
      if (q.trim().length < 2) return results.replaceChildren();
      timer = window.setTimeout(() => void this.guard(async () => {
        const found = (await this.api.get<{ match?: PartnerCard; candidates: PartnerCard[] }>(`/api/partners?q=${encodeURIComponent(q.trim())}`)).body;
        const cards = [found?.match, ...(found?.candidates ?? [])].filter((c): c is PartnerCard => Boolean(c));
        results.replaceChildren(
          ...(cards.length
            ? cards.map((card) =>
                h("li", {}, h("button", { type: "button", class: "picker-option", role: "option", onclick: () => ((this.picking = undefined), onPick({ id: card.id, name: this.partnerName(card) }), this.render()) }, this.partnerName(card))),
              )
            : [h("li", { class: "hint" }, this.t("noPartnerFound", { q }))]),
        );
      }), 250);
    };
    const input = h("input", { type: "search", id: "partner-search", "aria-label": this.t("searchPartner"), placeholder: this.t("searchPlaceholder"), oninput: (e: Event) => search(value(e)) });
    queueMicrotask(() => input.focus());
    return h(
      "div",
      { class: "picker" },
      input,
      results,
      h("button", { type: "button", class: "link", onclick: () => ((this.picking = undefined), this.render()) }, this.t("cancel")),
    );
  }

  private renderFollowUps(): HTMLElement {
    const rows = this.state.followUps.map((row, i) =>
      h(
        "fieldset",
        { class: "follow-up", "data-index": i },
        h("input", { type: "text", id: `followUps-${i}-text`, "aria-label": this.t("followUpText"), placeholder: this.t("followUpText"), value: row.text, oninput: (e: Event) => this.change((st) => (st.followUps[i].text = value(e))) }),
        h(
          "div",
          { class: "follow-up-row" },
          h("input", { type: "email", id: `followUps-${i}-owner`, "aria-label": this.t("followUpOwner"), placeholder: this.t("followUpOwner"), value: row.owner, oninput: (e: Event) => this.change((st) => (st.followUps[i].owner = value(e))) }),
          h("input", { type: "date", id: `followUps-${i}-due`, "aria-label": this.t("followUpDue"), value: row.due, onchange: (e: Event) => this.change((st) => (st.followUps[i].due = value(e))) }),
          h("button", { type: "button", class: "chip-remove", "aria-label": this.t("remove"), onclick: () => this.change((st) => st.followUps.splice(i, 1), true) }, "×"),
        ),
      ),
    );
    return h(
      "div",
      { class: "follow-ups", id: "followUps" },
      ...rows,
      h("button", { type: "button", class: "link", "data-action": "add-follow-up", onclick: () => this.change((st) => st.followUps.push({ text: "", owner: "", due: "" }), true) }, "+ " + this.t("addFollowUp")),
    );
  }

  private renderLogged(result: LogResult): void {
    const names = result.loggedBefore.map((l) => l.name).join(", ");
    const teams = this.config.teams;
    const link = teams
      ? `https://teams.microsoft.com/l/entity/${encodeURIComponent(teams.appId)}/${encodeURIComponent(teams.entityId)}?context=${encodeURIComponent(JSON.stringify({ subEntityId: `contact:${result.contact.id}` }))}`
      : undefined;
    this.root.replaceChildren(
      h("header", { class: "pane-header" }, h("h1", {}, this.t("title"))),
      h(
        "section",
        { class: "logged", "data-testid": "logged", "data-contact-id": result.contact.id },
        h("p", { class: "message message-success", role: "status" }, result.alreadyLogged ? this.t("loggedMerged", { names }) : this.t("loggedNew")),
        h("h2", {}, result.contact.subject),
        h("p", { class: "static" }, formatDate(this.language, new Date(result.contact.start))),
        link ? h("a", { class: "button button-primary", href: link, target: "_blank", rel: "noopener", "data-testid": "open-in-teams" }, this.t("openInTeams")) : null,
      ),
    );
  }
}

function value(event: Event): string {
  return (event.target as HTMLInputElement).value;
}

async function main(): Promise<void> {
  await Office.onReady();
  const language = languageOf(Office.context.displayLanguage);
  const t = translator(language);
  document.documentElement.lang = language;
  const root = document.getElementById("app")!;
  const item = readOutlookItem(Office);
  if (!item) {
    root.replaceChildren(h("p", { class: "message message-warning" }, t("errorNoItem")));
    return;
  }
  let config: AddinConfig;
  try {
    config = (await (await fetch("config.json")).json()) as AddinConfig;
  } catch {
    root.replaceChildren(h("p", { class: "message message-error", role: "alert" }, t("errorConfig")));
    return;
  }
  const tokens = tokenProviderFor(config, Office);
  await new TaskPane(root, item, config, tokens, new Api(tokens), language, t).start();
}

void main();
