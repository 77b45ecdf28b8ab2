import { useCallback, useEffect, useState } from "react";
import { ApiFailure, type ApiResponse } from "../../../../Dre.OutlookAddin/TaskPane/src/api";

export type Load<T> = { state: "loading" } | { state: "missing" } | { state: "failed"; failure: ApiFailure } | { state: "ready"; value: T; etag: string | null };

/** Runs a read when its inputs change and again on reload(); a late answer for old inputs is dropped. */
export function useLoad<T>(read: () => Promise<ApiResponse<T>>, inputs: unknown[]): [Load<T>, () => void] {
  const [load, setLoad] = useState<Load<T>>({ state: "loading" });
  const [round, setRound] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(read, inputs);
  useEffect(() => {
    let current = true;
    run().then(
      (r) => current && setLoad(r.body === undefined ? { state: "missing" } : { state: "ready", value: r.body, etag: r.etag }),
      (e: unknown) => current && setLoad({ state: "failed", failure: e instanceof ApiFailure ? e : new ApiFailure("server") }),
    );
    return () => {
      current = false;
    };
  }, [run, round]);
  return [load, () => setRound((r) => r + 1)];
}
