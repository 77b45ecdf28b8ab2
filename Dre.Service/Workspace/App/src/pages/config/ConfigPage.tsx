import { Field, Link, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { pages } from "@microsoft/teams-js";
import { useEffect, useRef, useState } from "react";
import type { Texts } from "../../locales";
import { hrefOf } from "../../route";
import { portfolioOfEntity, tabConfigOf } from "./tabConfig";

/** The tab's address without its route: what a saved configuration points Teams at. */
const appUrl = () => `${location.origin}${location.pathname}`;

/**
 * The configuration page of the channel tab: the person picks a portfolio; inside Teams, Save stores it with
 * pages.config. Outside Teams it links to the page the tab would open (here, keeping the development sign-in), to try it.
 */
export function ConfigPage({ inTeams, t }: { inTeams: boolean; t: Texts }) {
  const [portfolio, setPortfolio] = useState<string | null>(null);
  const chosen = useRef<string | null>(null);
  chosen.current = portfolio;

  useEffect(() => {
    if (!inTeams) return;
    // The handler reads the latest choice through the ref: Teams keeps the one handler registered first.
    pages.config.registerOnSaveHandler((save) => {
      if (!chosen.current) return save.notifyFailure("portfolio");
      void pages.config.setConfig(tabConfigOf(chosen.current, appUrl(), t)).then(() => save.notifySuccess(), (e: unknown) => save.notifyFailure(String(e)));
    });
    void pages.getConfig().then((c) => setPortfolio(portfolioOfEntity(c.entityId)), () => undefined);
  }, [inTeams, t]);

  useEffect(() => {
    if (inTeams) pages.config.setValidityState(portfolio !== null);
  }, [inTeams, portfolio]);

  const config = portfolio ? tabConfigOf(portfolio, appUrl(), t) : null;
  return (
    <section aria-labelledby="config-title">
      <h2 id="config-title">{t.configTitle}</h2>
      <Text>{t.configHint}</Text>
      <Field label={t.portfolioLabel}>
        <RadioGroup value={portfolio ?? ""} onChange={(_, d) => setPortfolio(d.value)}>
          {Object.entries(t.portfolio).map(([id, name]) => <Radio key={id} value={id} label={name} />)}
        </RadioGroup>
      </Field>
      {config && !inTeams && <p><Link href={hrefOf({ page: "portfolio", id: portfolio! })}>{config.suggestedDisplayName}</Link></p>}
    </section>
  );
}
