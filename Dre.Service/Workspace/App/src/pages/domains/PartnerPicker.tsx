import { Combobox, Option } from "@fluentui/react-components";
import { useState } from "react";
import type { PartnerCard } from "../../client";
import type { Language } from "../../locales";
import { usePartnerSearch } from "../../usePartnerSearch";

const MaxOptions = 8;

/** A partner chosen by typing its name, acronym or alias: the resolver's candidates, archived partners left out. */
export function PartnerPicker({ label, placeholder, language, onPick }: { label: string; placeholder: string; language: Language; onPick: (partner: PartnerCard | null) => void }) {
  const [typed, setTyped] = useState("");
  // Opened by typing, and shown once there is something to offer (the answer comes after the person pauses).
  const [open, setOpen] = useState(false);
  const load = usePartnerSearch(typed);
  const nameOf = (p: PartnerCard) => (language === "fr" ? p.nameFr : p.nameEn);
  const options = typed.trim() && load.state === "ready" ? load.value.filter((p) => !p.archived).slice(0, MaxOptions) : [];
  return (
    <Combobox
      aria-label={label}
      placeholder={placeholder}
      style={{ minWidth: 0, width: "100%" }}
      freeform
      value={typed}
      open={open && options.length > 0}
      onOpenChange={(_, d) => setOpen(d.open)}
      onChange={(e) => {
        setTyped(e.target.value);
        setOpen(true);
        onPick(null);
      }}
      onOptionSelect={(_, d) => {
        const picked = options.find((p) => p.id === d.optionValue) ?? null;
        setTyped(picked ? nameOf(picked) : "");
        onPick(picked);
      }}
    >
      {options.map((p) => <Option key={p.id} value={p.id}>{nameOf(p)}</Option>)}
    </Combobox>
  );
}
