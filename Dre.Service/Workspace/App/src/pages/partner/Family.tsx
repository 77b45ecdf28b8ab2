import { Link, Subtitle2, Text } from "@fluentui/react-components";
import type { Partner, PartnerCard } from "../../client";
import type { Language, Texts } from "../../locales";
import { hrefOf } from "../../route";
import { useListStyles } from "./common";

/** The partner's place in the directory: what it is part of, and the current partners part of it. */
export function Family({ parent, children, language, t }: { parent: Partner | null; children: PartnerCard[]; language: Language; t: Texts }) {
  const lists = useListStyles();
  return (
    <section aria-labelledby="family-title">
      <Subtitle2 as="h3" id="family-title">{t.family}</Subtitle2>
      {parent && (
        <p>{t.parent} <Link href={hrefOf({ page: "partner", id: parent.id })}>{parent.name[language]}</Link></p>
      )}
      <Text weight="semibold" block>{t.children}</Text>
      {children.length === 0 ? <p>{t.noChildren}</p> : (
        <ul className={lists.list} aria-label={t.children}>
          {children.map((c) => (
            <li key={c.id}><Link href={hrefOf({ page: "partner", id: c.id })}>{language === "fr" ? c.nameFr : c.nameEn}</Link></li>
          ))}
        </ul>
      )}
    </section>
  );
}
