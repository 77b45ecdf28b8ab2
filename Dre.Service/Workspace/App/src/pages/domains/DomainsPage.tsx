import { Button, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ApiFailure } from "../../../../../../Dre.OutlookAddin/TaskPane/src/api";
import { api, type PartnerCard } from "../../client";
import type { Language, Texts } from "../../locales";
import { useLoad } from "../../useLoad";
import { OfficersOnly } from "../admin/OfficersOnly";
import { Status } from "../Status";
import { PartnerPicker } from "./PartnerPicker";

/** A domain as GET /api/partners/unmatched-domains lists it: no address, no name, only how often it was met. */
interface UnmatchedDomain {
  domain: string;
  firstSeen: string;
  lastSeen: string;
  timesSeen: number;
}

type Outcome = { intent: "success" | "error"; text: string };

const useStyles = makeStyles({
  assign: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  domain: { width: "30%", overflowWrap: "anywhere" },
  narrow: { width: "12%" },
  partner: { width: "34%" },
});

/** #/admin/domains: DRE officers give the add-in's unknown domains to their partners, or set them aside. */
export function DomainsPage({ language, t }: { language: Language; t: Texts }) {
  const x = t.triage;
  return (
    <OfficersOnly id="triage-title" title={x.title} refusal={x.officersOnly} t={t}>
      <p>{x.intro}</p>
      <Triage language={language} t={t} />
    </OfficersOnly>
  );
}

function Triage({ language, t }: { language: Language; t: Texts }) {
  const [load, reload] = useLoad(() => api.get<UnmatchedDomain[]>("/api/partners/unmatched-domains"), []);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const styles = useStyles();
  const x = t.triage;
  const when = (iso: string) => new Date(iso).toLocaleDateString(language === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium" });

  const act = async (call: () => Promise<unknown>, done: string, refused: string) => {
    try {
      await call();
      setOutcome({ intent: "success", text: done });
      reload();
    } catch (e) {
      setOutcome({ intent: "error", text: e instanceof ApiFailure && e.kind === "validation" ? refused : x.failed });
    }
  };
  const assign = (domain: string, partner: PartnerCard) =>
    act(() => api.post(`/api/partners/${encodeURIComponent(partner.id)}/domains`, { domain }), x.assigned(domain, language === "fr" ? partner.nameFr : partner.nameEn), x.refused(domain));
  const ignore = (domain: string) => act(() => api.post(`/api/partners/unmatched-domains/${encodeURIComponent(domain)}/ignore`, {}), x.ignored(domain), x.failed);

  return (
    <>
      <div role="status">{outcome && <MessageBar intent={outcome.intent}><MessageBarBody>{outcome.text}</MessageBarBody></MessageBar>}</div>
      {load.state !== "ready" ? <Status load={load} t={t} /> : load.value.length === 0 ? <p>{x.none}</p> : (
        <Table aria-label={x.title}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.domain}>{x.domain}</TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>{x.timesSeen}</TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>{x.lastSeen}</TableHeaderCell>
              <TableHeaderCell className={styles.partner}>{x.partner}</TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>{x.ignore}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {load.value.map((d) => <DomainRow key={d.domain} row={d} when={when} language={language} t={t} onAssign={assign} onIgnore={ignore} />)}
          </TableBody>
        </Table>
      )}
    </>
  );
}

function DomainRow({ row, when, language, t, onAssign, onIgnore }: {
  row: UnmatchedDomain; when: (iso: string) => string; language: Language; t: Texts;
  onAssign: (domain: string, partner: PartnerCard) => Promise<void>; onIgnore: (domain: string) => Promise<void>;
}) {
  const [partner, setPartner] = useState<PartnerCard | null>(null);
  const [busy, setBusy] = useState(false);
  const styles = useStyles();
  const x = t.triage;
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    action().finally(() => setBusy(false));
  };
  return (
    <TableRow>
      <TableCell className={styles.domain}>{row.domain}</TableCell>
      <TableCell>{row.timesSeen}</TableCell>
      <TableCell title={`${x.firstSeen}: ${when(row.firstSeen)}`}>{when(row.lastSeen)}</TableCell>
      <TableCell>
        <div className={styles.assign}>
          <PartnerPicker label={x.pickPartner(row.domain)} placeholder={x.searchPartner} language={language} onPick={setPartner} />
          <Button disabled={!partner || busy} onClick={() => partner && run(() => onAssign(row.domain, partner))}>{x.assign}</Button>
        </div>
      </TableCell>
      <TableCell>
        <Button disabled={busy} aria-label={`${x.ignore} ${row.domain}`} onClick={() => run(() => onIgnore(row.domain))}>{x.ignore}</Button>
      </TableCell>
    </TableRow>
  );
}
