import type { TokenProvider } from "./auth";

/** Why a call failed, in the terms the pane explains to the person. */
export type FailureKind = "offline" | "network" | "signedOut" | "forbidden" | "validation" | "tooLarge" | "conflict" | "server";

export class ApiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly status = 0,
    readonly fieldErrors: Record<string, string[]> = {},
    readonly title = "",
    /** For a conflict (412): the version the edit must be re-applied to. */
    readonly currentVersion = "",
    /** For a conflict (412): the record as it is now. */
    readonly current?: unknown,
  ) {
    super(`${kind} ${status} ${title}`);
  }
}

export interface ApiResponse<T> {
  status: number;
  body: T | undefined;
  /** The record's version, for a later conditional edit (If-Match). */
  etag: string | null;
}

export class Api {
  constructor(private readonly tokens: TokenProvider) {}

  /** The caller's token; failing to get one (consent refused, sign-in cancelled) counts as signed out. */
  async token(): Promise<string> {
    try {
      return await this.tokens.getToken();
    } catch {
      throw new ApiFailure(navigator.onLine ? "signedOut" : "offline");
    }
  }

  get<T>(path: string): Promise<ApiResponse<T>> {
    return this.send<T>("GET", path);
  }

  /** With ifMatch, an action on a record (a contact marked held, moved, cancelled) that a stale version makes a conflict. */
  post<T>(path: string, body: unknown, ifMatch?: string): Promise<ApiResponse<T>> {
    return this.send<T>("POST", path, body, ifMatch === undefined ? {} : { "If-Match": ifMatch });
  }

  /** A conditional edit: a stale version is thrown as a conflict carrying the current one. */
  patch<T>(path: string, body: unknown, ifMatch: string): Promise<ApiResponse<T>> {
    return this.send<T>("PATCH", path, body, { "If-Match": ifMatch });
  }

  /** A conditional delete: a stale version is thrown as a conflict, like an edit. */
  delete(path: string, ifMatch: string): Promise<ApiResponse<unknown>> {
    return this.send("DELETE", path, undefined, { "If-Match": ifMatch });
  }

  /**
   * A call with the caller's token, whatever its body: JSON here, files for the tab's import and export. The one
   * place a refused token (401: expired, revoked, from a stale cache) is dropped and the call sent once more with a
   * fresh one; a second 401 is the answer. Offline and network failures are thrown as ApiFailures.
   */
  async call(path: string, init: { method: string; headers?: Record<string, string>; body?: BodyInit }): Promise<Response> {
    if (!navigator.onLine) throw new ApiFailure("offline");
    const attempt = async () => {
      const token = await this.token();
      try {
        return await fetch(path, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } });
      } catch {
        throw new ApiFailure(navigator.onLine ? "network" : "offline");
      }
    };
    const first = await attempt();
    if (first.status !== 401) return first;
    this.tokens.forget();
    const second = await attempt();
    // Refused twice: the next call must not reuse this token either.
    if (second.status === 401) this.tokens.forget();
    return second;
  }

  /** 2xx and 404 are answers; everything else is thrown as an ApiFailure. */
  private async send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const response = await this.call(path, {
      method,
      headers: { Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

    const json = await readJson(response);
    if (response.ok || response.status === 404) return { status: response.status, body: response.ok ? (json as T) : undefined, etag: response.headers.get("ETag") };
    const problem = (json ?? {}) as { title?: string; errors?: Record<string, string[]>; currentVersion?: string; current?: unknown };
    switch (response.status) {
      case 400:
        throw new ApiFailure("validation", 400, problem.errors ?? {}, problem.title ?? "");
      case 401:
        throw new ApiFailure("signedOut", 401);
      case 403:
        throw new ApiFailure("forbidden", 403, {}, problem.title ?? "");
      case 412:
        throw new ApiFailure("conflict", 412, {}, problem.title ?? "", problem.currentVersion ?? "", problem.current);
      case 413:
        throw new ApiFailure("tooLarge", 413);
      default:
        throw new ApiFailure("server", response.status, {}, problem.title ?? "");
    }
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
