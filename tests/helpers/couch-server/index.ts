import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { tempDir } from '../temp-library';

const PROCESS = path.join(import.meta.dirname, 'server-process.mjs');

export interface CouchUser {
  name: string;
  password: string;
  roles: string[];
}

export interface CouchServer {
  /** http://127.0.0.1:PORT, the same across restarts. */
  url: string;
  admin: { name: string; password: string };
  /** Kills the server process at once (SIGKILL), as a crash or a pulled plug would. */
  kill(): Promise<void>;
  /** Starts it again on the same data and port. */
  restart(): Promise<void>;
  running(): boolean;
  addUser(user: CouchUser): Promise<void>;
  /** An admin's request: PUT, GET, POST as JSON; returns the status and the answer. */
  asAdmin(method: string, pathname: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  stop(): Promise<void>;
}

/**
 * A real CouchDB-protocol server on 127.0.0.1 (express-pouchdb with LevelDB files in a
 * temporary folder), with an admin, the _users database, _session and _security, and
 * validate_doc_update run for the signed-in user: the same checks CouchDB 3 makes.
 */
export async function startCouchServer(): Promise<CouchServer> {
  const dataFolder = tempDir('scrutineer-couch-');
  const admin = { name: 'admin', password: 'council-it-secret' };
  let port = 0;
  let child: ChildProcess | null = null;

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      const started = spawn(process.execPath, [PROCESS, dataFolder, String(port), admin.name, admin.password], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      started.setMaxListeners(50);
      let out = '';
      let err = '';
      started.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const line = out.split('\n')[0];
        if (out.includes('\n') && line) {
          port = (JSON.parse(line) as { port: number }).port;
          child = started;
          resolve();
        }
      });
      started.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
      started.on('exit', (code) => {
        if (child === started) child = null;
        else reject(new Error(`The test CouchDB server stopped (code ${code}): ${err}`));
      });
    });

  const kill = async () => {
    const running = child;
    if (!running) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };

  await launch();
  const url = () => `http://127.0.0.1:${port}`;
  const asAdmin = async (method: string, pathname: string, body?: unknown) => {
    const answer = await fetch(`${url()}${pathname}`, {
      method,
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: answer.status, body: (await answer.json().catch(() => null)) as unknown };
  };
  return {
    get url() {
      return url();
    },
    admin,
    kill,
    restart: launch,
    running: () => child !== null,
    async addUser(user) {
      const id = `org.couchdb.user:${user.name}`;
      const answer = await asAdmin('PUT', `/_users/${encodeURIComponent(id)}`, { _id: id, type: 'user', ...user });
      if (answer.status >= 300) throw new Error(`Could not add ${user.name}: ${JSON.stringify(answer.body)}`);
    },
    asAdmin,
    stop: kill,
  };
}
