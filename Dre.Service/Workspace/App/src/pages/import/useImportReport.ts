import { useEffect, useState } from "react";
import { ApiFailure } from "../../../../../../Dre.OutlookAddin/TaskPane/src/api";
import { callInLanguage } from "../../files";
import type { Language } from "../../locales";

/** What POST /api/imports and GET /api/imports/{id} answer; reasons are in the language asked for. */
export interface ImportReport {
  id?: string | null;
  state: "queued" | "running" | "completed";
  dryRun: boolean;
  rows: number;
  read: number;
  imported: number;
  merged: number;
  rejected: number;
  progress: number;
  rejections: { line: number; reason: string }[];
}

/** How often a running job is asked about: the worker checkpoints every 200 rows, so faster would mostly repeat itself. */
const pollMs = 1000;

export const sendImport = async (file: File, dryRun: boolean, language: Language): Promise<ImportReport> => {
  const query = new URLSearchParams({ fileName: file.name, ...(dryRun ? { dryRun: "true" } : {}) });
  const response = await callInLanguage(`/api/imports?${query.toString()}`, language, { body: file, type: "text/csv" });
  return (await response.json()) as ImportReport;
};

/**
 * The job's report from <first> (what the upload answered) on, asked again until the job has completed; asked again
 * too when the tab switches language, so that the rejection reasons follow it.
 */
export function useImportReport(first: ImportReport | null, language: Language): [ImportReport | null, ApiFailure | null] {
  const [report, setReport] = useState(first);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const id = first && !first.dryRun ? first.id : null;
  useEffect(() => {
    setReport(first);
    setFailure(null);
  }, [first]);
  useEffect(() => {
    if (!id) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      try {
        const next = (await (await callInLanguage(`/api/imports/${encodeURIComponent(id)}`, language)).json()) as ImportReport;
        if (!current) return;
        setReport(next);
        if (next.state !== "completed") timer = setTimeout(() => void ask(), pollMs);
      } catch (e) {
        if (current) setFailure(e instanceof ApiFailure ? e : new ApiFailure("server"));
      }
    };
    void ask();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [id, language]);
  return [report, failure];
}
