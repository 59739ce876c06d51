// SHACL validation of an RDF file against one or more shape files, fully offline.
// Usage: node validate.mjs DATA.ttl|DATA.jsonld SHAPES.ttl [MORE_SHAPES.ttl ...]
// Prints the number of violations, then each one (focus node, path, message).
// Exit codes: 0 conforms, 1 violations found, 2 bad input (unreadable or unparsable file).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';
import jsonld from 'jsonld';
import { Parser } from 'n3';

async function parseTurtle(path) {
  const text = await readFile(path, 'utf8');
  const dataset = rdf.dataset();
  // n3's parser is synchronous when given no callback; baseIRI lets relative IRIs resolve.
  for (const quad of new Parser({ baseIRI: `file://${path}` }).parse(text)) {
    dataset.add(quad);
  }
  return dataset;
}

// JSON-LD must carry its @context inline: any remote document load is refused, so the
// check runs offline and proves that harvesters do not need the network either.
const offlineLoader = async (url) => {
  throw new Error(`remote JSON-LD context refused (offline validation): ${url}`);
};

async function parseJsonLd(path) {
  const doc = JSON.parse(await readFile(path, 'utf8'));
  const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader: offlineLoader, safe: true });
  const dataset = rdf.dataset();
  for (const quad of new Parser({ format: 'application/n-quads' }).parse(nquads)) {
    dataset.add(quad);
  }
  return dataset;
}

async function load(path) {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonld' || ext === '.json') return parseJsonLd(path);
  if (ext === '.ttl' || ext === '.nt' || ext === '.n3') return parseTurtle(path);
  throw new Error(`unknown RDF file extension: ${path} (expected .ttl or .jsonld)`);
}

const term = (t) => (t ? (t.termType === 'BlankNode' ? `_:${t.value}` : t.value) : '');

function pathText(path) {
  if (!path) return '';
  if (Array.isArray(path)) return path.map(pathText).join('/');
  if (path.termType) return term(path);
  if (typeof path === 'object') return JSON.stringify(path, (_, v) => (v && v.termType ? term(v) : v));
  return String(path);
}

async function main(args) {
  if (args.length < 2) {
    console.error('usage: node validate.mjs DATA.ttl|DATA.jsonld SHAPES.ttl [MORE_SHAPES.ttl ...]');
    return 2;
  }
  const [dataPath, ...shapePaths] = args;
  let data;
  const shapes = rdf.dataset();
  try {
    data = await load(dataPath);
    for (const shapePath of shapePaths) {
      for (const quad of await parseTurtle(shapePath)) shapes.add(quad);
    }
  } catch (error) {
    console.error(`cannot read RDF: ${error.message}`);
    return 2;
  }

  const validator = new SHACLValidator(shapes, { factory: rdf });
  const report = await validator.validate(data);
  const violations = report.results.filter((r) => !r.severity || r.severity.value.endsWith('#Violation'));
  const others = report.results.length - violations.length;
  console.log(`triples: ${data.size}`);
  console.log(`violations: ${violations.length}`);
  if (others > 0) console.log(`warnings and infos: ${others}`);
  for (const r of violations) {
    const message = r.message.map((m) => m.value).join(' ; ');
    console.log(`- focus: ${term(r.focusNode)} | path: ${pathText(r.path)} | ${message || term(r.sourceConstraintComponent)}`);
  }
  return violations.length === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
