// The reference for the cold start: a static server for an empty page, started the
// way the loopback host is (a Node process that prints its address when ready).
import http from 'node:http';

const page =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>';
const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(page);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
