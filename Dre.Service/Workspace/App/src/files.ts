import { ApiFailure, type FailureKind } from "../../../../Dre.OutlookAddin/TaskPane/src/api";
import { api } from "./client";
import type { Language } from "./locales";

const failures: Record<number, FailureKind> = { 400: "validation", 401: "signedOut", 403: "forbidden", 413: "tooLarge" };

/**
 * A call whose body is a file rather than JSON (an export's download, an import's upload) or whose answer is written
 * for the reader (an import's rejection reasons): it asks in the tab's language, which the person may have switched
 * away from the browser's, since the service reads Accept-Language. Failures are thrown as the JSON client's are.
 */
export async function callInLanguage(path: string, language: Language, send?: { body: Blob; type: string }): Promise<Response> {
  // The shared client sends it, so that a refused token is dropped and the call retried as for JSON calls.
  const response = await api.call(path, {
    method: send ? "POST" : "GET",
    headers: { "Accept-Language": language, ...(send ? { "Content-Type": send.type } : {}) },
    body: send?.body,
  });
  if (response.ok) return response;
  const problem = (await response.json().catch(() => ({}))) as { title?: string; errors?: Record<string, string[]> };
  throw new ApiFailure(failures[response.status] ?? "server", response.status, problem.errors ?? {}, problem.title ?? "");
}

/** The name the service gives the file (Content-Disposition), else <fallback>. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get("Content-Disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? fallback;
}

/** Saves an answer as a download: the file is the page's own bytes (an object URL), not a second, unauthenticated request. */
export async function saveAs(response: Response, name: string): Promise<void> {
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after click() returns; revoking at once could cut the download short.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Asks for a file in the tab's language and saves it under the service's name for it, which it returns. */
export async function download(path: string, language: Language, fallback: string): Promise<string> {
  const response = await callInLanguage(path, language);
  const name = fileNameOf(response, fallback);
  await saveAs(response, name);
  return name;
}
