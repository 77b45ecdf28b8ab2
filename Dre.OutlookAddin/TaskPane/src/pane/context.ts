import type { Api } from "../api";
import type { AddinConfig } from "../auth";
import type { FormState } from "../form-state";
import type { PartnerMatches } from "../form/matches";
import type { Language, Translate } from "../i18n";
import type { LookupResult } from "../model";
import type { OutlookItem } from "../office-item";

/** What the pane's sections read and call: the item, the form, the service's answers, and a way to redraw. */
export interface PaneContext {
  readonly root: HTMLElement;
  readonly item: OutlookItem;
  readonly config: AddinConfig;
  readonly api: Api;
  readonly language: Language;
  readonly t: Translate;
  readonly state: FormState;
  readonly matches: PartnerMatches;
  readonly roles: readonly string[];
  readonly lookup?: LookupResult;
  readonly fieldErrors: Readonly<Record<string, string[]>>;
  readonly busy: boolean;
  /** The address whose partner is being chosen, "+" for an added partner, or none. */
  picking?: string;
  change(mutate: (state: FormState) => void, rerender?: boolean): void;
  render(): void;
  /** Runs a call to the service; a failure becomes a message with a way to try again. */
  guard(action: () => Promise<void>): Promise<void>;
}
