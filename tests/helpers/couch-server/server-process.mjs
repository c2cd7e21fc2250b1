// A CouchDB-protocol server (express-pouchdb over LevelDB files) for the sync tests,
// run as a child process so that a test can kill it mid-replication and start it again
// on the same folder and port. Prints one line, {"port":N}, once it is listening.
//
// Usage: node server-process.mjs DATA_FOLDER PORT ADMIN_NAME ADMIN_PASSWORD
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const [dataFolder, portText, adminName, adminPassword] = process.argv.slice(2);
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-leveldb'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'));
const express = require('express');
const expressPouchDB = require('express-pouchdb');

fs.mkdirSync(dataFolder, { recursive: true });
const Stored = PouchDB.defaults({ adapter: 'leveldb', prefix: `${dataFolder}${path.sep}` });
const app = express();
app.use(
  expressPouchDB(Stored, {
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: path.join(dataFolder, 'server.log'),
  }),
);
const server = app.listen(Number(portText), '127.0.0.1', async () => {
  const port = server.address().port;
  // Until an admin is set the server lets anyone do anything ("admin party"): set one first.
  const answer = await fetch(`http://127.0.0.1:${port}/_config/admins/${adminName}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(adminPassword),
  });
  if (!answer.ok) {
    process.stderr.write(`Could not set the admin: ${answer.status}\n`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify({ port })}\n`);
});
