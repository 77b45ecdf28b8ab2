import type { PaneContext } from "../pane/context";
import type { SourceKey } from "../model";
import { chosenPartners } from "./partners";

/** The body of POST /api/contacts: the form, the item's people sorted by side, and which Outlook item it is. */
export function draft(pane: PaneContext, source: SourceKey): object {
  const coeParticipants: object[] = [];
  const partnerParticipants: object[] = [];
  for (const person of pane.item.people) {
    const match = pane.matches.of(person.email);
    if (!match || match.kind === "invalid") continue;
    if (match.kind === "ourSide") coeParticipants.push({ name: person.name, email: person.email });
    else partnerParticipants.push({ name: person.name, email: person.email, partnerId: match.partnerId ?? pane.state.picks[person.email.toLowerCase()]?.id });
  }
  const s = pane.state;
  const hasSource = Boolean(source.iCalUid || source.internetMessageId);
  return {
    kind: s.kind,
    start: pane.item.start?.toISOString(),
    end: pane.item.end?.toISOString(),
    partnerIds: chosenPartners(pane).map((p) => p.id),
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
    source: hasSource ? (pane.item.type === "appointment" ? "outlookMeeting" : "outlookEmail") : undefined,
    ...source,
  };
}
