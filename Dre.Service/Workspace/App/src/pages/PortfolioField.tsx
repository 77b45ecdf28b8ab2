import { Field, Select } from "@fluentui/react-components";
import type { Texts } from "../locales";

/** "Portfolio": every portfolio (the value `all`) or one, as the outlook ahead and the digest filter their lists. */
export function PortfolioField({ value, all, onChange, t }: { value: string; all: string; onChange: (portfolio: string) => void; t: Texts }) {
  return (
    <Field label={t.portfolioLabel}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        <option value={all}>{t.allPortfolios}</option>
        {Object.entries(t.portfolio).map(([id, name]) => <option key={id} value={id}>{name}</option>)}
      </Select>
    </Field>
  );
}
