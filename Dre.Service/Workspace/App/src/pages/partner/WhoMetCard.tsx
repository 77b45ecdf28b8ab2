import { Subtitle2, Text } from "@fluentui/react-components";
import type { ContactListItem } from "../../client";
import type { Texts } from "../../locales";
import { maeLabel, useListStyles } from "./common";
import { whoMet } from "./whoMet";

/** The MAEs and people who met the partner in the last 12 months, among the contacts the reader may see. */
export function WhoMetCard({ contacts, today, t }: { contacts: ContactListItem[]; today: Date; t: Texts }) {
  const lists = useListStyles();
  const met = whoMet(contacts, today);
  return (
    <section aria-labelledby="who-met-title">
      <Subtitle2 as="h3" id="who-met-title">{t.whoMet}</Subtitle2>
      {met.maes.length === 0 ? <Text>{t.noContacts}</Text> : (
        <>
          <Text weight="semibold" block>{t.maes}</Text>
          <ul className={lists.list} aria-label={t.maes}>
            {met.maes.map((m) => <li key={m.mae}>{maeLabel(m.mae, t)} · {t.contactsCount(m.contacts)}</li>)}
          </ul>
          <Text weight="semibold" block>{t.people}</Text>
          <ul className={lists.list} aria-label={t.people}>
            {met.people.map((p) => <li key={p.name}>{p.name} ({maeLabel(p.mae, t)}) · {t.contactsCount(p.contacts)}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
