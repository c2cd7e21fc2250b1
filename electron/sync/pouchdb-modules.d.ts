// The little of PouchDB the app uses, typed here: the DefinitelyTyped packages
// re-declare Node's Buffer and break the rest of the project's types.
declare module 'pouchdb-core' {
  export interface Doc {
    _id: string;
    _rev?: string;
    [field: string]: unknown;
  }
  export interface WriteResult {
    ok?: boolean;
    id: string;
    rev?: string;
    error?: string;
    reason?: string;
  }
  export interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
    errors: { id?: string; name?: string; message?: string; reason?: string; status?: number }[];
  }
  export interface Replication extends Promise<ReplicationResult> {
    on(event: 'change', listener: (info: { docs: Doc[] }) => void): void;
    cancel(): void;
  }
  export interface ReplicateOptions {
    batch_size?: number;
    batches_limit?: number;
    retry?: boolean;
    live?: boolean;
  }
  export interface Database {
    name: string;
    bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<WriteResult[]>;
    allDocs(options?: { include_docs?: boolean }): Promise<{ total_rows: number; rows: { id: string; doc?: Doc }[] }>;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    destroy(): Promise<unknown>;
    close(): Promise<void>;
    replicate: {
      to(target: Database, options?: ReplicateOptions): Replication;
      from(source: Database, options?: ReplicateOptions): Replication;
    };
  }
  export interface DatabaseOptions {
    adapter?: string;
    auth?: { username: string; password: string };
    skip_setup?: boolean;
    fetch?: (url: string | Request, options?: RequestInit) => Promise<Response>;
  }
  interface Static {
    new (name: string, options?: DatabaseOptions): Database;
    plugin(plugin: unknown): Static;
  }
  const PouchDB: Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
