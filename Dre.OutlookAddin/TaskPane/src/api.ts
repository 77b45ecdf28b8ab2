import type { TokenProvider } from "./auth";

/** Why a call failed, in the terms the pane explains to the person. */
export type FailureKind = "offline" | "network" | "signedOut" | "forbidden" | "validation" | "tooLarge" | "server";

export class ApiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly status = 0,
    readonly fieldErrors: Record<string, string[]> = {},
    readonly title = "",
  ) {
    super(`${kind} ${status} ${title}`);
  }
}

export interface ApiResponse<T> {
  status: number;
  body: T | undefined;
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

  post<T>(path: string, body: unknown): Promise<ApiResponse<T>> {
    return this.send<T>("POST", path, body);
  }

  /** 2xx and 404 are answers; everything else is thrown as an ApiFailure. */
  private async send<T>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    if (!navigator.onLine) throw new ApiFailure("offline");
    const token = await this.token();
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: "application/json",
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiFailure(navigator.onLine ? "network" : "offline");
    }

    const json = await readJson(response);
    if (response.ok || response.status === 404) return { status: response.status, body: response.ok ? (json as T) : undefined };
    const problem = (json ?? {}) as { title?: string; errors?: Record<string, string[]> };
    switch (response.status) {
      case 400:
        throw new ApiFailure("validation", 400, problem.errors ?? {}, problem.title ?? "");
      case 401:
        this.tokens.forget();
        throw new ApiFailure("signedOut", 401);
      case 403:
        throw new ApiFailure("forbidden", 403, {}, problem.title ?? "");
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
