/** Everything the person types or chooses, kept per Outlook item so that nothing is lost on an error or a reopen. */
export type ContactKind = "meeting" | "call" | "visit" | "videoconference" | "conference" | "email";
export type Confidentiality = "public" | "internal" | "restricted";

export interface PartnerChoice {
  id: string;
  name: string;
}

export interface FollowUpRow {
  text: string;
  owner: string;
  due: string;
}

export interface FormState {
  kind: ContactKind;
  subject: string;
  summary: string;
  topics: string;
  outcome: string;
  confidentiality: Confidentiality;
  followUps: FollowUpRow[];
  /** Partner chosen by hand for an address the directory does not know, by lower-case address. */
  picks: Record<string, PartnerChoice>;
  added: PartnerChoice[];
  removed: string[];
}

const prefix = "dre.addin.form:";

export function newFormState(kind: ContactKind, subject: string): FormState {
  return { kind, subject, summary: "", topics: "", outcome: "", confidentiality: "internal", followUps: [], picks: {}, added: [], removed: [] };
}

export function loadFormState(itemId: string): FormState | undefined {
  try {
    const saved = sessionStorage.getItem(prefix + itemId);
    return saved ? (JSON.parse(saved) as FormState) : undefined;
  } catch {
    return undefined;
  }
}

export function saveFormState(itemId: string, state: FormState): void {
  try {
    sessionStorage.setItem(prefix + itemId, JSON.stringify(state));
  } catch {
    // Storage full or disabled: the form still works, it just will not survive a reopen.
  }
}

export function clearFormState(itemId: string): void {
  sessionStorage.removeItem(prefix + itemId);
}
