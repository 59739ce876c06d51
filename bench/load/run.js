// Cycles through a file of distinct URLs (one per line) with autocannon and prints rps and latency percentiles.
// Usage: node run.js items|tiles|page  (reads urls-<kind>.txt; BASE = server address, DURATION or AMOUNT, CONNECTIONS)
// autocannon reports p90 and p97.5, not p95: p95 lies between the two, so p97.5 under a target proves p95 under it.
const autocannon = require('autocannon');
const fs = require('fs');
const kind = process.argv[2] || 'items';
const paths = fs.readFileSync(`urls-${kind}.txt`, 'utf8').split('\n').filter(Boolean);
let next = 0;
const instance = autocannon({
  url: process.env.BASE || 'http://127.0.0.1:5080',
  connections: Number(process.env.CONNECTIONS || 16),
  duration: Number(process.env.DURATION || 30),
  amount: process.env.AMOUNT ? Number(process.env.AMOUNT) : undefined, // a request count instead of a duration
  requests: [{ setupRequest: (request) => { request.path = paths[next++ % paths.length]; return request; } }],
}, (error, result) => {
  if (error) { console.error(error); process.exit(1); }
  console.log(JSON.stringify({
    kind, urls: paths.length, connections: result.connections, seconds: result.duration,
    requests: result.requests.total, rps: result.requests.average,
    p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99,
    non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
  }));
});
process.on('SIGINT', () => instance.stop());
