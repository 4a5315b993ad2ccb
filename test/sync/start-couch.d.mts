// Types of start-couch.mjs (plain JavaScript, shared with the bench).
export interface CouchServer {
  origin: string;
  /** a fresh database URL for this user */
  dbUrl(name: string): Promise<string>;
  user: string;
  password: string;
  /** every request path the server saw */
  seen: string[];
  close(): Promise<void>;
}

export function startCouch(user?: string, password?: string): Promise<CouchServer>;
