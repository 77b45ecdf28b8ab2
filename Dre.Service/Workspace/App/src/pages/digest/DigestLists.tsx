import { Link, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Language, Texts } from "../../locales";
import { hrefOf } from "../../route";
import { dateText, useListStyles } from "../partner/common";
import { peopleOf, type DigestContact, type DigestFollowUp, type DigestPartner, type PlannedOverlap } from "./digest";

type Props = { language: Language; t: Texts };

export const partnerName = (p: DigestPartner, language: Language) => (language === "fr" ? p.name.fr : p.name.en);

/** A titled list of the digest, saying so when it is empty; its heading names it for screen readers. */
export function DigestList<T>({ id, title, items, line, t }: { id: string; title: string; items: T[]; line: (item: T) => ReactNode; t: Texts }) {
  const lists = useListStyles();
  return (
    <section aria-labelledby={id}>
      <Subtitle2 as="h3" id={id}>{title} ({items.length})</Subtitle2>
      {items.length === 0 ? <Text block>{t.digest.none}</Text> : <ul className={lists.list}>{items.map((item, i) => <li key={i}>{line(item)}</li>)}</ul>}
    </section>
  );
}

/** A contact: its date, kind and subject (a link to its page), then who met and with which partners. */
export function ContactLine({ contact, partnerNames, language, t }: Props & { contact: DigestContact; partnerNames: (ids: string[]) => string }) {
  return (
    <>
      {dateText(contact.start, language)} · {t.contactKinds[contact.kind] ?? contact.kind} · <Link href={hrefOf({ page: "contact", id: contact.contactId })}>{contact.subject}</Link>
      <Text size={200}> · {peopleOf(contact)} · {partnerNames(contact.partnerIds)}</Text>
    </>
  );
}

export function FollowUpLine({ followUp, partnerNames, language, t }: Props & { followUp: DigestFollowUp; partnerNames: (ids: string[]) => string }) {
  const owner = followUp.ownerName ?? followUp.owner;
  return (
    <>
      {followUp.text}{followUp.due ? ` · ${t.digest.due(dateText(followUp.due, language))}` : ""}
      <Text size={200} block>
        {owner ? `${t.digest.owner}: ${owner} · ` : ""}<Link href={hrefOf({ page: "contact", id: followUp.contactId })}>{followUp.contactSubject}</Link>
        {` (${dateText(followUp.contactStart, language)}) · ${partnerNames(followUp.partnerIds)}`}
      </Text>
    </>
  );
}

export function OverlapLine({ overlap, language, t }: Props & { overlap: { partner: DigestPartner; first: DigestContact; second: DigestContact } }) {
  const { first, second } = overlap;
  return (
    <>
      {t.digest.overlapLine(peopleOf(first), peopleOf(second), partnerName(overlap.partner, language))}
      <Text size={200} block>
        {dateText(first.start, language)} · <Link href={hrefOf({ page: "contact", id: first.contactId })}>{first.subject}</Link>
        {" — "}
        {dateText(second.start, language)} · <Link href={hrefOf({ page: "contact", id: second.contactId })}>{second.subject}</Link>
      </Text>
    </>
  );
}

/** The warning under a planned contact that overlaps another: what to settle before either meeting happens. */
export function OverlapAhead({ overlap, language, t }: Props & { overlap: PlannedOverlap }) {
  return (
    <Text block weight="semibold" style={{ color: tokens.colorPaletteRedForeground1 }} data-testid="overlap-ahead">
      {"⚠ "}{t.digest.overlapAhead(peopleOf(overlap.other), partnerName(overlap.partner, language), dateText(overlap.other.start, language))}
    </Text>
  );
}
