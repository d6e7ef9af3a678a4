#!/usr/bin/env node
// What a search costs a reader: for each query, the files and bytes the search page downloads to show
// its first page of results (meta.js once, the term files of the query's words, the article tables
// and the texts of the 10 results shown first), and the time the ranking takes here in Node.
//
//   node bench/search-cost.mjs SITE/search "election" "prime minister resigns" …
//
// It runs the theme's own search.js, loading files as the browser would, and counts their bytes.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const core = require(path.join(here, '..', 'templates', 'static', 'search.js'));
const [base, ...queries] = process.argv.slice(2);
if (!base || queries.length === 0) {
  console.error('usage: node bench/search-cost.mjs SITE/search QUERY ...');
  process.exit(2);
}

function loader(counter) {
  const cache = new Map();
  return (key) => {
    if (!cache.has(key)) {
      const file = path.join(base, key + '.js');
      const source = fs.readFileSync(file, 'utf8');
      counter.files++;
      counter.bytes += Buffer.byteLength(source);
      counter.largest = Math.max(counter.largest, Buffer.byteLength(source));
      let data;
      vm.runInNewContext(source, { datelineSearch: { loaded: (k, d) => { data = d; } } });
      cache.set(key, Promise.resolve(data));
    }
    return cache.get(key);
  };
}

console.log('query | results | files | KB downloaded | largest file KB | ranking ms');
for (const query of queries) {
  const counter = { files: 0, bytes: 0, largest: 0 };
  const index = new core.Index(base, loader(counter));
  const start = process.hrtime.bigint();
  const result = await index.search(query, {});
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const shown = result.hits.slice(0, 10);
  const paths = await Promise.all(shown.map((hit) => index.path(hit.doc)));
  await Promise.all(paths.map((p) => index.text(p)));
  console.log(`${query} | ${result.hits.length} | ${counter.files} | ${(counter.bytes / 1024).toFixed(1)} | `
    + `${(counter.largest / 1024).toFixed(1)} | ${ms.toFixed(1)}`);
}
