import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Texts } from "../../locales";
import type { Count } from "./counts";

const width = 480;
const row = 22;
const labelWidth = 180;

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", maxWidth: `${width}px` },
  table: { borderCollapse: "collapse", "& th, & td": { padding: `0 ${tokens.spacingHorizontalS}`, textAlign: "start" }, "& td": { textAlign: "end" } },
});

interface ChartProps {
  counts: Count[];
  title: string;
  labelOf: (key: string) => string;
  t: Texts;
  /** What the groups are, for the table's heading and the chart's summary; the reports' groups when not given. */
  groups?: { heading: string; summary: (total: number, groups: number) => string; id: string };
}

/**
 * One bar per group, in the order given, as the partner page draws its chart: a plain SVG whose summary is its name,
 * the same figures in a table under it for those who do not read charts.
 */
export function CountsChart({ counts, title, labelOf, t, groups }: ChartProps) {
  const styles = useStyles();
  const x = t.reports;
  const { heading, summary, id } = groups ?? { heading: title, summary: x.chartSummary, id: "report-chart" };
  const max = Math.max(1, ...counts.map((c) => c.count));
  const total = counts.reduce((a, c) => a + c.count, 0);
  const unit = (width - labelWidth - 40) / max;
  const height = counts.length * row + 4;
  return (
    <figure aria-labelledby={`${id}-title`} style={{ margin: 0 }}>
      <Subtitle2 as="h3" id={`${id}-title`}>{title}</Subtitle2>
      <svg className={styles.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary(total, counts.length)} data-testid={id}>
        {counts.map((c, i) => (
          <g key={c.key}>
            <text x={labelWidth - 6} y={i * row + 15} fontSize="11" textAnchor="end" fill="currentColor">{labelOf(c.key).slice(0, 30)}</text>
            <rect x={labelWidth} y={i * row + 3} width={c.count * unit} height={row - 6} fill="#0072B2" data-key={c.key} data-count={c.count}>
              <title>{`${labelOf(c.key)}: ${t.contactsCount(c.count)}`}</title>
            </rect>
            <text x={labelWidth + c.count * unit + 4} y={i * row + 15} fontSize="11" fill="currentColor">{c.count}</text>
          </g>
        ))}
      </svg>
      <table className={styles.table} aria-label={t.figures}>
        <thead><tr><th scope="col">{heading}</th><th scope="col">{x.contacts}</th></tr></thead>
        <tbody>
          {counts.map((c) => <tr key={c.key}><th scope="row">{labelOf(c.key)}</th><td>{c.count}</td></tr>)}
        </tbody>
      </table>
    </figure>
  );
}
