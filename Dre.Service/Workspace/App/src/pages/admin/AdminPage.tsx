import { Button, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { api, type PartnerSearchResult } from "../../client";
import type { Language, Texts } from "../../locales";
import { hrefOf } from "../../route";
import { useLoad } from "../../useLoad";
import { History } from "../History";
import { Status } from "../Status";
import { OfficersOnly } from "./OfficersOnly";
import { PartnerForm } from "./PartnerForm";
import type { DirectoryPartner } from "./partnerValues";
import { PartnerList } from "./PartnerList";

const useStyles = makeStyles({
  columns: {
    display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 2fr)", gap: tokens.spacingHorizontalXL, alignItems: "start",
    "@media (max-width: 720px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  head: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap", justifyContent: "space-between" },
});

/**
 * DRE officers keep the partner directory: the list, filtered on the page, and one partner's form (#/admin/partners/{id})
 * or a new one's. Staff who land here are told who manages it; the service refuses them anyway.
 */
export function AdminPage({ id, language, t }: { id?: string; language: Language; t: Texts }) {
  return (
    <OfficersOnly id="admin-title" title={t.admin.title} refusal={t.admin.officersOnly} t={t}>
      <Directory id={id} language={language} t={t} />
    </OfficersOnly>
  );
}

function Directory({ id, language, t }: { id?: string; language: Language; t: Texts }) {
  const [creating, setCreating] = useState(false);
  // A new form each time "New partner" is pressed, so that the previous one's values do not linger.
  const [round, setRound] = useState(0);
  // Each save adds to the partner's history: read it again.
  const [saves, setSaves] = useState(0);
  const [list, reloadList] = useLoad(() => api.get<PartnerSearchResult>("/api/partners"), []);
  const [partner] = useLoad<DirectoryPartner | null>(() => (id ? api.get<DirectoryPartner>(`/api/partners/${encodeURIComponent(id)}`) : Promise.resolve({ status: 204, body: null, etag: null })), [id]);
  // Opening a partner from the list leaves the new partner's form.
  useEffect(() => setCreating(false), [id]);
  const styles = useStyles();
  const x = t.admin;
  if (list.state !== "ready") return <Status load={list} t={t} />;
  const partners = [...(list.value.match ? [list.value.match] : []), ...list.value.candidates];

  const saved = (stored: DirectoryPartner) => {
    reloadList();
    setSaves((n) => n + 1);
    if (stored.id !== id) {
      setCreating(false);
      location.hash = hrefOf({ page: "admin", id: stored.id });
    }
  };
  const startNew = () => {
    setCreating(true);
    setRound((r) => r + 1);
  };
  const nameOf = (p: DirectoryPartner) => (language === "fr" ? p.name.fr : p.name.en);

  return (
    <div className={styles.columns}>
      <PartnerList partners={partners} selected={id} language={language} t={t} />
      <div>
        <div className={styles.head}>
          <Subtitle1 as="h3">{creating || !id ? x.newTitle : partner.state === "ready" && partner.value ? x.editTitle(nameOf(partner.value)) : ""}</Subtitle1>
          <Button onClick={startNew}>{x.newPartner}</Button>
        </div>
        {creating || !id ? (
          <PartnerForm key={`new-${round}`} partner={null} version={null} partners={partners} language={language} t={t} onSaved={saved} />
        ) : partner.state !== "ready" || !partner.value ? (
          <Status load={partner.state === "ready" ? { state: "missing" } : partner} t={t} />
        ) : (
          <>
            <PartnerForm key={`${partner.value.id}-${partner.etag}`} partner={partner.value} version={partner.etag} partners={partners} language={language} t={t} onSaved={saved} />
            <History key={`${partner.value.id}-${saves}`} path={`/api/partners/${encodeURIComponent(partner.value.id)}/history`} fields={x.historyFields} actions={x.historyActions} created="partnerCreated" language={language} t={t} />
          </>
        )}
      </div>
    </div>
  );
}
