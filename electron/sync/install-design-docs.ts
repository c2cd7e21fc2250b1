import { serverSetup } from './design-docs';

export interface AdminLogin {
  url: string;
  name: string;
  password: string;
}

async function request(login: AdminLogin, method: string, pathname: string, body?: unknown) {
  const answer = await fetch(`${login.url.replace(/\/+$/, '')}${pathname}`, {
    method,
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${login.name}:${login.password}`).toString('base64')}`,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: answer.status, body: (await answer.json().catch(() => null)) as Record<string, unknown> | null };
}

function check(step: string, answer: { status: number; body: Record<string, unknown> | null }, allowed: number[] = []) {
  if (answer.status < 300 || allowed.includes(answer.status)) return;
  if (answer.status === 401) throw new Error('The server refused the administrator’s name or password.');
  throw new Error(
    `${step} failed (${answer.status} ${JSON.stringify(answer.body?.reason ?? answer.body?.error ?? '')}).`,
  );
}

/** Users in the server's _users database, for their own databases. */
export async function serverUsers(login: AdminLogin): Promise<string[]> {
  const answer = await request(
    login,
    'GET',
    '/_users/_all_docs?startkey=%22org.couchdb.user%3A%22&endkey=%22org.couchdb.user%3A%EF%BF%B0%22',
  );
  check('Listing the users', answer);
  return ((answer.body?.rows ?? []) as { id: string }[]).map((r) => r.id.slice('org.couchdb.user:'.length));
}

/**
 * Creates each committee's tracker database and each user's own database where
 * missing, and sets their _security and design document. Safe to run again.
 */
export async function installDesignDocs(
  login: AdminLogin,
  committees: readonly string[],
  users?: readonly string[],
): Promise<string[]> {
  const done: string[] = [];
  for (const entry of serverSetup(committees, users ?? (await serverUsers(login)))) {
    const db = `/${encodeURIComponent(entry.database)}`;
    check(`Creating ${entry.database}`, await request(login, 'PUT', db), [412]);
    check(`Setting who may use ${entry.database}`, await request(login, 'PUT', `${db}/_security`, entry.security));
    const existing = await request(login, 'GET', `${db}/${entry.designDoc._id}`);
    const rev = existing.status === 200 ? existing.body?._rev : undefined;
    check(
      `Installing the rules of ${entry.database}`,
      await request(login, 'PUT', `${db}/${entry.designDoc._id}`, {
        ...entry.designDoc,
        ...(rev ? { _rev: rev } : {}),
      }),
    );
    done.push(entry.database);
  }
  return done;
}
