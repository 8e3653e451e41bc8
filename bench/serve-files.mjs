import { createServer } from 'node:http';

/** Serves in-memory files (`{ '/': html, '/stdin.js': code }`) on a free loopback port; .js and .mjs as JavaScript. */
export function serveFiles(files) {
  const server = createServer((request, response) => {
    const body = files[request.url ?? '/'];
    if (body === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': /\.m?js$/.test(request.url) ? 'text/javascript' : 'text/html' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
