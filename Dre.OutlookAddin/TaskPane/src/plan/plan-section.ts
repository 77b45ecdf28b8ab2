import { ApiFailure } from "../api";
import { h } from "../dom";
import { formatDate } from "../i18n";
import type { TextKey } from "../locales/en";
import type { Contact } from "../model";
import type { PaneContext } from "../pane/context";
import { movedStart, phaseOf } from "./plan-rules";

type PlanAction = "held" | "move" | "cancel";

interface PlanMessage {
  kind: "success" | "warning" | "error";
  text: string;
}

/** Most an outcome may hold (the service's ContactLimits.Outcome). */
const outcomeLimit = 4000;

/**
 * The already logged contact of this item as a plan: marked held with its outcome once its time has come, cancelled
 * while it is still ahead, and moved when the meeting was moved in Outlook. Offered only to those the service lets
 * change it (its loggers and DRE officers); the contact itself is one the lookup returned to this reader.
 */
export class PlanSection {
  private mode: "idle" | "holding" | "cancelling" = "idle";
  /** Kept across failures and conflicts, so that a refused save loses nothing typed. */
  private outcome = "";
  private message?: PlanMessage;
  private busy = false;

  constructor(
    private readonly pane: PaneContext,
    private contact: Contact,
    private readonly mayChange: boolean,
  ) {}

  /**
   * The meeting moved in the calendar: the planned contact follows on opening, with a notice saying from when to when.
   * Automatic rather than behind a button because Outlook is where the meeting's time is decided and people expect
   * the DRE to follow it, a forgotten button would leave the contact at the old time in every list, and the notice shows
   * both times, so nothing changes unseen. A start already past is not followed: the service moves only ahead.
   */
  async followOutlook(): Promise<void> {
    if (!this.mayChange || phaseOf(this.contact, new Date()) !== "planned") return;
    const moved = movedStart(this.pane.item, this.contact);
    if (!moved) return;
    const values = { date: formatDate(this.pane.language, moved), was: this.dateOf(this.contact) };
    if (moved.getTime() <= Date.now()) {
      this.message = { kind: "warning", text: this.pane.t("plan.movedToPast", values) };
      return;
    }
    const body = { start: moved.toISOString(), end: this.pane.item.end?.toISOString() };
    // Someone else's edit meanwhile (a note, a follow-up) changes the version, not the time: move that version once.
    const changed = await this.change("move", body, "plan.moved", values, false);
    if (changed === "conflict" && phaseOf(this.contact, new Date()) === "planned" && movedStart(this.pane.item, this.contact)) {
      await this.change("move", body, "plan.moved", values);
    }
  }

  render(): HTMLElement | null {
    const phase = phaseOf(this.contact, new Date());
    if (phase === "none" && !this.message) return null;
    const t = this.pane.t;
    const status =
      phase === "planned" ? t("plan.planned", { date: this.dateOf(this.contact) })
      : phase === "held" && !this.message ? t("plan.held")
      : phase === "cancelled" && !this.message ? t("plan.cancelled")
      : undefined;
    return h(
      "section",
      { class: "plan", "data-testid": "plan", "data-phase": phase },
      this.message ? h("p", { class: `message message-${this.message.kind}`, role: this.message.kind === "error" ? "alert" : "status", "data-testid": "plan-message" }, this.message.text) : null,
      status ? h("p", { class: "static", "data-testid": "plan-status" }, status) : null,
      this.mayChange && phase === "planned" ? this.renderCancel() : null,
      this.mayChange && phase === "due" ? this.renderHeld() : null,
    );
  }

  private renderCancel(): HTMLElement {
    const t = this.pane.t;
    if (this.mode !== "cancelling") return this.button("cancel-contact", t("plan.cancel"), "secondary", () => this.show("cancelling"));
    return h(
      "div",
      { class: "plan-step" },
      h("p", {}, t("plan.cancelQuestion")),
      this.button("confirm-cancel", t("plan.confirmCancel"), "primary", () => void this.pane.guard(() => this.run("cancel", undefined, "plan.cancelled"))),
      this.button("keep-contact", t("plan.keep"), "secondary", () => this.show("idle")),
    );
  }

  private renderHeld(): HTMLElement {
    const t = this.pane.t;
    if (this.mode !== "holding") return this.button("mark-held", t("plan.markHeld"), "primary", () => this.show("holding"));
    return h(
      "div",
      { class: "plan-step" },
      h("label", { for: "plan-outcome" }, t("outcome")),
      h("textarea", { id: "plan-outcome", rows: 3, maxlength: outcomeLimit, placeholder: t("plan.outcomeHint"), oninput: (e: Event) => (this.outcome = (e.target as HTMLTextAreaElement).value) }, this.outcome),
      this.button("save-held", t("plan.save"), "primary", () => this.saveHeld()),
      this.button("plan-back", t("plan.back"), "secondary", () => this.show("idle")),
    );
  }

  private saveHeld(): void {
    if (!this.outcome.trim()) {
      this.message = { kind: "error", text: this.pane.t("plan.outcomeRequired") };
      this.pane.render();
      return;
    }
    void this.pane.guard(() => this.run("held", { outcome: this.outcome.trim() }, "plan.held"));
  }

  private button(action: string, label: string, kind: "primary" | "secondary", onclick: () => void): HTMLButtonElement {
    return h("button", { type: "button", class: `button button-${kind}`, "data-action": action, disabled: this.busy, onclick }, label);
  }

  private show(mode: PlanSection["mode"]): void {
    this.mode = mode;
    this.message = undefined;
    this.pane.render();
  }

  /** A button's action: one at a time, and the pane redrawn with what the service answered. */
  private async run(action: PlanAction, body: unknown, done: TextKey): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.pane.render();
    try {
      await this.change(action, body, done);
    } finally {
      this.busy = false;
      this.pane.render();
    }
  }

  /**
   * Sends one change with the version this pane shows. A conflict shows the contact as it is now; a refusal says why
   * in the reader's language (the service's reasons are in English) and reads the contact again. Anything else goes
   * to the pane's banner, with a way to try again.
   */
  private async change(action: PlanAction, body: unknown, done: TextKey, values?: Record<string, string>, reportConflict = true): Promise<"done" | "conflict" | "refused"> {
    const t = this.pane.t;
    try {
      const answer = await this.pane.api.post<Contact>(`/api/contacts/${encodeURIComponent(this.contact.id)}/${action}`, body, this.contact.version ?? "");
      this.contact = { ...answer.body!, version: answer.etag ?? answer.body!.version };
      this.mode = "idle";
      this.outcome = "";
      this.message = { kind: "success", text: t(done, values) };
      return "done";
    } catch (error) {
      if (!(error instanceof ApiFailure) || (error.kind !== "conflict" && error.kind !== "validation")) throw error;
      if (error.kind === "conflict") {
        if (error.current) this.contact = { ...(error.current as Contact), version: error.currentVersion };
        if (reportConflict) this.message = { kind: "error", text: t("plan.changedMeanwhile") };
        return "conflict";
      }
      const fields = Object.keys(error.fieldErrors);
      this.message = {
        kind: "error",
        text: fields.includes("outcome") ? t("plan.outcomeRequired") : fields.some((f) => f === "start" || f === "end") ? t("plan.refusedDate") : t("plan.refused"),
      };
      await this.reload();
      return "refused";
    }
  }

  private async reload(): Promise<void> {
    const found = await this.pane.api.get<Contact>(`/api/contacts/${encodeURIComponent(this.contact.id)}`);
    if (found.body) this.contact = { ...found.body, version: found.etag ?? found.body.version };
  }

  private dateOf(contact: Contact): string {
    return formatDate(this.pane.language, new Date(contact.start));
  }
}
