import { Link, MessageBar, MessageBarBody, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { HostContext } from "./host";
import { textsFor, type Language } from "./locales";
import { AdminPage } from "./pages/admin/AdminPage";
import { AheadPage } from "./pages/ahead/AheadPage";
import { ConfigPage } from "./pages/config/ConfigPage";
import { ContactPage } from "./pages/contact/ContactPage";
import { DigestPage } from "./pages/digest/DigestPage";
import { DomainsPage } from "./pages/domains/DomainsPage";
import { ExportPage } from "./pages/export/ExportPage";
import { ImportPage } from "./pages/import/ImportPage";
import { PartnerPage } from "./pages/partner/PartnerPage";
import { PartnersPage } from "./pages/PartnersPage";
import { ReportsPage } from "./pages/reports/ReportsPage";
import { useReader } from "./reader";
import { hrefOf, useRoute } from "./route";

const useStyles = makeStyles({
  shell: { maxWidth: "960px", margin: "0 auto", padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1 },
});

/**
 * The page frame: title, language and (outside Teams, in Development) the switch between trying the tab as a DRE
 * officer, the default there, and as staff; then the routed page.
 */
export function Shell({ host }: { host: HostContext }) {
  const [language, setLanguage] = useState<Language>(host.language);
  const route = useRoute();
  const reader = useReader();
  const t = textsFor(language);
  const styles = useStyles();
  const params = new URLSearchParams(location.search);
  const staff = params.get("role") === "staff";
  const switched = new URLSearchParams(params);
  if (staff) switched.delete("role");
  else switched.set("role", "staff");

  const toggleLanguage = () => {
    const next = language === "en" ? "fr" : "en";
    document.documentElement.lang = next;
    setLanguage(next);
  };

  return (
    <div className={styles.shell}>
      <header className={styles.bar}>
        <Title2 as="h1" className={styles.grow}>{t.title}</Title2>
        <nav aria-label={t.title} className={styles.bar}>
          <Link href={hrefOf({ page: "partners" })}>{t.partners}</Link>
          <Link href={hrefOf({ page: "ahead" })}>{t.ahead}</Link>
          <Link href={hrefOf({ page: "export" })}>{t.exportNav}</Link>
          <Link href={hrefOf({ page: "import" })}>{t.importNav}</Link>
          <Link href={hrefOf({ page: "reports" })}>{t.reports.nav}</Link>
          <Link href={hrefOf({ page: "digest" })}>{t.digest.nav}</Link>
          {/* Only officers manage the directory; the page still tells staff who land on it. */}
          {reader?.officer && <Link href={hrefOf({ page: "admin" })}>{t.admin.nav}</Link>}
          {reader?.officer && <Link href={hrefOf({ page: "domains" })}>{t.triage.nav}</Link>}
        </nav>
        <Link as="button" onClick={toggleLanguage} lang={language === "en" ? "fr" : "en"}>{t.language}</Link>
        {!host.inTeams && <Link href={`?${switched.toString()}${location.hash}`}>{staff ? t.asOfficer : t.asStaff}</Link>}
      </header>
      {reader?.signedIn === false && <MessageBar intent="error" role="alert"><MessageBarBody>{t.signInFailed}</MessageBarBody></MessageBar>}
      <main>
        {route.page === "contact" ? (
          <ContactPage key={route.id} id={route.id} language={language} t={t} />
        ) : route.page === "partner" ? (
          <PartnerPage key={route.id} id={route.id} language={language} t={t} />
        ) : route.page === "ahead" ? (
          <AheadPage key={route.id ?? ""} portfolio={route.id} language={language} t={t} />
        ) : route.page === "export" ? (
          <ExportPage language={language} t={t} />
        ) : route.page === "import" ? (
          <ImportPage language={language} t={t} />
        ) : route.page === "admin" ? (
          <AdminPage id={route.id} language={language} t={t} />
        ) : route.page === "reports" ? (
          <ReportsPage language={language} t={t} />
        ) : route.page === "digest" ? (
          <DigestPage language={language} t={t} />
        ) : route.page === "domains" ? (
          <DomainsPage language={language} t={t} />
        ) : route.page === "config" ? (
          <ConfigPage inTeams={host.inTeams} t={t} />
        ) : (
          <PartnersPage key={route.page === "portfolio" ? route.id : ""} portfolio={route.page === "portfolio" ? route.id : undefined} language={language} t={t} />
        )}
      </main>
    </div>
  );
}
