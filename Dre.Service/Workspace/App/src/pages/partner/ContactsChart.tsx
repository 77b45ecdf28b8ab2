import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ContactListItem } from "../../client";
import type { Language, Texts } from "../../locales";
import { contactsPerMonth, layoutBars } from "./chart";
import { maeLabel } from "./common";

// Okabe–Ito: told apart with the common colour-vision deficiencies; the legend and the figures say the same in text.
const palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
const width = 480;
const height = 180;

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", maxWidth: `${width}px` },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, listStyle: "none", padding: 0, margin: 0 },
  swatch: { display: "inline-block", width: "12px", height: "12px", marginRight: tokens.spacingHorizontalXS, verticalAlign: "middle" },
  table: { borderCollapse: "collapse", "& th, & td": { padding: `0 ${tokens.spacingHorizontalS}`, textAlign: "right" } },
});

/** Stacked bars of the reader's visible contacts per month and MAE: a plain SVG, its figures in a table beside it. */
export function ContactsChart({ contacts, today, language, t }: { contacts: ContactListItem[]; today: Date; language: Language; t: Texts }) {
  const styles = useStyles();
  const data = contactsPerMonth(contacts, today);
  const { bars } = layoutBars(data, width, height);
  const locale = language === "fr" ? "fr-FR" : "en-GB";
  const monthName = (key: string) => new Date(`${key}-01T00:00:00Z`).toLocaleDateString(locale, { month: "short", year: "2-digit", timeZone: "UTC" });
  const colour = (mae: string) => palette[data.maes.indexOf(mae) % palette.length];
  const total = data.counts.flat().reduce((a, b) => a + b, 0);
  const slot = width / data.months.length;

  return (
    <figure aria-labelledby="chart-title" style={{ margin: 0 }}>
      <Subtitle2 as="h3" id="chart-title">{t.chartTitle}</Subtitle2>
      <svg className={styles.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t.chartSummary(total, data.maes.length)} data-testid="contacts-chart">
        {bars.map((b) => (
          <rect key={`${b.month}-${b.mae}`} x={b.x} y={b.y} width={b.width} height={b.height} fill={colour(b.mae)} data-mae={b.mae} data-month={b.month} data-count={b.count}>
            <title>{`${monthName(b.month)} · ${maeLabel(b.mae, t)}: ${t.contactsCount(b.count)}`}</title>
          </rect>
        ))}
        {data.months.map((m, i) => (
          <text key={m} x={i * slot + slot / 2} y={height - 6} fontSize="10" textAnchor="middle" fill="currentColor">{monthName(m)}</text>
        ))}
      </svg>
      {total === 0 ? <Text>{t.noContacts}</Text> : (
        <>
          <ul className={styles.legend} aria-label={t.legend}>
            {data.maes.map((m) => <li key={m}><span className={styles.swatch} style={{ background: colour(m) }} />{maeLabel(m, t)}</li>)}
          </ul>
          <details>
            <summary>{t.figures}</summary>
            <table className={styles.table}>
              <thead><tr><th scope="col">{t.month}</th>{data.maes.map((m) => <th key={m} scope="col">{maeLabel(m, t)}</th>)}</tr></thead>
              <tbody>
                {data.months.map((month, i) => (
                  <tr key={month}><th scope="row">{monthName(month)}</th>{data.counts[i].map((n, j) => <td key={data.maes[j]}>{n}</td>)}</tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
