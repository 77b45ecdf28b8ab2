import { type Api, ApiFailure } from "../api";
import { type AddinConfig, rolesOf, type TokenProvider } from "../auth";
import { h } from "../dom";
import { renderForm } from "../form/contact-form";
import { draft } from "../form/draft";
import { PartnerMatches } from "../form/matches";
import { clearFormState, type FormState, loadFormState, newFormState, type PartnerChoice, saveFormState } from "../form-state";
import type { Language, Translate } from "../i18n";
import type { EmailMatch, LogResult, LookupResult, SourceKey } from "../model";
import type { OutlookItem } from "../office-item";
import { PlanSection } from "../plan/plan-section";
import type { PaneContext } from "./context";
import { explain } from "./failures";
import { renderLogged, paneHeader } from "./logged";
import { type Banner, renderAlreadyLogged, renderBanner } from "./notices";

/** The task pane: one Outlook item, one form, and what the service says about both. */
export class TaskPane implements PaneContext {
  readonly state: FormState;
  readonly matches: PartnerMatches;
  roles: string[] = [];
  lookup?: LookupResult;
  fieldErrors: Record<string, string[]> = {};
  busy = false;
  picking?: string;
  private source: SourceKey = {};
  private sourceMissing = false;
  private plan?: PlanSection;
  private banner?: Banner;
  private notice?: string;

  constructor(
    readonly root: HTMLElement,
    readonly item: OutlookItem,
    readonly config: AddinConfig,
    private readonly tokens: TokenProvider,
    readonly api: Api,
    readonly language: Language,
    readonly t: Translate,
  ) {
    this.state = loadFormState(item.itemId) ?? newFormState(item.type === "appointment" ? "meeting" : "email", item.subject);
    this.matches = new PartnerMatches(language);
  }

  async start(): Promise<void> {
    this.render();
    await this.guard(() => this.loadFromService());
  }

  private async loadFromService(): Promise<void> {
    this.roles = rolesOf(await this.api.token());
    const [matches] = await Promise.all([this.matchAddresses(), this.findSource()]);
    this.matches.add(matches);
    if (this.source.iCalUid || this.source.internetMessageId) {
      const query = new URLSearchParams(Object.entries(this.source).filter(([, v]) => v) as [string, string][]);
      const found = await this.api.get<LookupResult>(`/api/contacts/lookup?${query}`);
      this.lookup = found.status === 200 ? found.body : undefined;
      this.plan = this.lookup?.contact ? new PlanSection(this, this.lookup.contact, this.lookup.mayChangePlan) : undefined;
      await this.plan?.followOutlook();
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

  async guard(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      const failure = error instanceof ApiFailure ? error : new ApiFailure(navigator.onLine ? "network" : "offline");
      this.fieldErrors = failure.kind === "validation" ? failure.fieldErrors : {};
      const retry = () => void this.guard(action);
      this.banner = { kind: "error", ...explain(this.t, failure, retry, () => (this.tokens.forget(), retry())) };
      this.busy = false;
      this.render();
      // The person pressed a button at the bottom of a long form: bring the explanation into view.
      this.root.querySelector<HTMLElement>(failure.kind === "validation" ? ".field-error" : "[data-testid=banner]")?.scrollIntoView({ block: "center" });
    }
  }

  change(mutate: (state: FormState) => void, rerender = false): void {
    mutate(this.state);
    saveFormState(this.item.itemId, this.state);
    if (rerender) this.render();
  }

  private submit(): void {
    if (this.busy) return;
    this.busy = true;
    this.fieldErrors = {};
    this.banner = undefined;
    this.render();
    void this.guard(async () => {
      const result = await this.api.post<LogResult>("/api/contacts", draft(this, this.source));
      this.busy = false;
      clearFormState(this.item.itemId);
      this.root.replaceChildren(...renderLogged(this.t, this.language, this.config, result.body!));
    });
  }

  private addDomain(domain: string, partner: PartnerChoice): void {
    void this.guard(async () => {
      await this.api.post(`/api/partners/${encodeURIComponent(partner.id)}/domains`, { domain });
      this.matches.assignDomain(domain, partner);
      this.notice = this.t("domainAdded", { domain, partner: partner.name });
      this.banner = undefined;
      this.render();
    });
  }

  render(): void {
    const focused = document.activeElement?.id;
    const parts = [
      paneHeader(this.t),
      renderBanner(this.banner),
      renderAlreadyLogged(this),
      this.plan?.render() ?? null,
      this.sourceMissing ? h("p", { class: "message message-warning", role: "status" }, this.t("errorNoSource")) : null,
      this.notice ? h("p", { class: "message message-success", role: "status" }, this.notice) : null,
      renderForm(this, { submit: () => this.submit(), addDomain: (domain, partner) => this.addDomain(domain, partner) }),
    ];
    this.root.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    if (focused) document.getElementById(focused)?.focus();
  }
}
