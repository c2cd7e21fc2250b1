/**
 * What the council's CouchDB needs, as data: database names, roles, each database's
 * _security and the validate_doc_update that the server runs on every write. The
 * server, not the app, decides who may do what. The functions are kept to ES5 so
 * that CouchDB's JavaScript engine runs them.
 */

/** CouchDB's couch_peruser name for a user's own database: userdb- and the name in hex. */
export function memberDatabaseName(userName: string): string {
  return `userdb-${Buffer.from(userName, 'utf8').toString('hex')}`;
}

/** Lower-case letters, digits and hyphens: what a database name and a role may hold. */
export function committeeSlug(committeeName: string): string {
  return committeeName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

export function trackerDatabaseName(committeeName: string): string {
  return `scrutineer-tracker-${committeeSlug(committeeName)}`;
}

/** Roles a council's IT gives each user in _users: one per committee, and chair or officer where they are. */
export function committeeRoles(committeeName: string) {
  const slug = committeeSlug(committeeName);
  return { member: `committee:${slug}`, chair: `committee:${slug}:chair`, officer: `committee:${slug}:officer` };
}

/** The committee slugs a signed-in user may sync, from their roles. */
export function committeeSlugsOfRoles(roles: readonly string[]): string[] {
  return [
    ...new Set(roles.map((r) => /^committee:([a-z0-9-]+)(?::(?:chair|officer))?$/.exec(r)?.[1]).filter(Boolean)),
  ] as string[];
}

export const DESIGN_DOC_ID = '_design/scrutineer';

const MEMBER_VALIDATE = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (oldDoc || newDoc._deleted) throw { forbidden: 'A change is never edited or deleted: add a new one.' };
  if (newDoc.type !== 'scrutineer-change') throw { forbidden: 'Only Scrutineer changes belong in this database.' };
  if (newDoc.author !== userCtx.name) throw { forbidden: 'The author of a change must be the signed-in user.' };
}`;

function trackerValidate(committeeName: string): string {
  const roles = committeeRoles(committeeName);
  return `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles;
  if (roles.indexOf('_admin') !== -1) return;
  if (roles.indexOf(${JSON.stringify(roles.member)}) === -1 && roles.indexOf(${JSON.stringify(roles.chair)}) === -1 &&
      roles.indexOf(${JSON.stringify(roles.officer)}) === -1) {
    throw { unauthorized: 'You are not a member of this committee.' };
  }
  if (oldDoc || newDoc._deleted) throw { forbidden: 'A change is never edited or deleted: add a new one.' };
  if (newDoc.type !== 'scrutineer-change' || newDoc.entity !== 'outcome' || typeof newDoc.change !== 'object') {
    throw { forbidden: 'Only changes to the tracker belong in this database.' };
  }
  if (newDoc.author !== userCtx.name) throw { forbidden: 'The author of a change must be the signed-in user.' };
  var changesStatus = newDoc.change.status !== undefined || newDoc.change.needsChasing !== undefined;
  if (changesStatus && roles.indexOf(${JSON.stringify(roles.chair)}) === -1 && roles.indexOf(${JSON.stringify(roles.officer)}) === -1) {
    throw { forbidden: 'Only the chair and the scrutiny officer can change a status.' };
  }
}`;
}

export interface DesignDoc {
  _id: string;
  validate_doc_update: string;
}

export interface SecurityObject {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
}

export function memberDesignDoc(): DesignDoc {
  return { _id: DESIGN_DOC_ID, validate_doc_update: MEMBER_VALIDATE };
}

export function memberSecurity(userName: string): SecurityObject {
  return { admins: { names: [], roles: [] }, members: { names: [userName], roles: [] } };
}

export function trackerDesignDoc(committeeName: string): DesignDoc {
  return { _id: DESIGN_DOC_ID, validate_doc_update: trackerValidate(committeeName) };
}

export function trackerSecurity(committeeName: string): SecurityObject {
  const roles = committeeRoles(committeeName);
  return {
    admins: { names: [], roles: [] },
    members: { names: [], roles: [roles.member, roles.chair, roles.officer] },
  };
}

/** Everything to set up, for printing or installing. */
export function serverSetup(committees: readonly string[], users: readonly string[]) {
  return [
    ...committees.map((name) => ({
      database: trackerDatabaseName(name),
      security: trackerSecurity(name),
      designDoc: trackerDesignDoc(name),
      roles: committeeRoles(name),
    })),
    ...users.map((name) => ({
      database: memberDatabaseName(name),
      security: memberSecurity(name),
      designDoc: memberDesignDoc(),
    })),
  ];
}
