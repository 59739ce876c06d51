// Cycles through a file of distinct URLs (one per line) with autocannon and prints rps and latency percentiles.
// Usage: node run.js items|tiles  (reads urls-items.txt or urls-tiles.txt, BASE env var = server address)
const autocannon = require('autocannon');
const fs = require('fs');
const kind = process.argv[2] || 'items';
const paths = fs.readFileSync(`urls-${kind}.txt`, 'utf8').split('\n').filter(Boolean);
let next = 0;
const instance = autocannon({
  url: process.env.BASE || 'http://127.0.0.1:5080',
  connections: Number(process.env.CONNECTIONS || 32),
  duration: Number(process.env.DURATION || 30),
  requests: [{ setupRequest: (request) => { request.path = paths[next++ % paths.length]; return request; } }],
}, (error, result) => {
  if (error) { console.error(error); process.exit(1); }
  console.log(JSON.stringify({
    kind, urls: paths.length, rps: result.requests.average,
    p50: result.latency.p50, p95: result.latency.p97_5, p99: result.latency.p99,
    non2xx: result.non2xx, errors: result.errors,
  }, null, 2));
});
process.on('SIGINT', () => instance.stop());
