// Runs functions of the theme's search.js under Node for the Java tests (org.dateline.search.SearchScriptTest):
// node core-runner.js tasks.json  →  prints a JSON array with each task's result.
// tasks.json: {"script": "/path/to/search.js", "tasks": [{"fn": "words", "args": ["text"]}, ...]}
// "searchSite" runs a whole query against a built site's search folder, loading its files as the browser does.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const core = require(path.resolve(spec.script));

function fileLoader(base) {
  return function (key) {
    const file = path.join(base, key + '.js');
    return new Promise(function (resolve, reject) {
      fs.readFile(file, 'utf8', function (error, source) {
        if (error) {
          reject(error);
          return;
        }
        let result;
        vm.runInNewContext(source, { datelineSearch: { loaded: function (k, data) { result = { key: k, data: data }; } } });
        if (!result || result.key !== key) {
          reject(new Error(file + ' called back with ' + (result && result.key) + ', not ' + key));
          return;
        }
        resolve(result.data);
      });
    });
  };
}

async function searchSite(base, query, filters) {
  const index = new core.Index(base, fileLoader(base));
  const result = await index.search(query, filters || {});
  const paths = await Promise.all(result.hits.slice(0, 10).map(function (hit) { return index.path(hit.doc); }));
  const matches = core.matcher(result.parsed);
  const shown = await Promise.all(paths.map(function (path) { return index.text(path); }));
  return {
    entities: result.entities,
    allWords: result.allWords,
    total: result.hits.length,
    paths: paths,
    titles: shown.map(function (s) { return s[0]; }),
    marks: shown.map(function (s) {
      return core.snippet(s[4], matches, 32).filter(function (p) { return p.mark; }).map(function (p) { return p.text; });
    })
  };
}

async function run() {
  const out = [];
  for (const task of spec.tasks) {
    if (task.fn === 'searchSite') {
      out.push(await searchSite.apply(null, task.args));
    } else if (task.fn === 'stemAll') {
      out.push(task.args[0].map(core.stem));
    } else if (task.fn === 'snippetOf') {
      const [text, query, size] = task.args;
      out.push(core.snippet(text, core.matcher(core.parseQuery(query, [])), size));
    } else if (task.fn === 'highlightOf') {
      const [text, query] = task.args;
      out.push(core.highlight(text, core.matcher(core.parseQuery(query + ' ', []))));
    } else if (task.fn === 'matchEntitiesOf') {
      const [query, rows, stopWords] = task.args;
      out.push(core.matchEntities(core.parseQuery(query, stopWords), rows));
    } else if (task.fn === 'say') {
      // say(data-messages, lang, name, args…): what the search page says, in the page's language.
      const [messages, lang, name, ...args] = task.args;
      const form = { getAttribute: function () { return messages; } };
      out.push(core.pageWords(form, { documentElement: { lang: lang } }).apply(null, [name].concat(args)));
    } else if (task.fn === 'wordsAll') {
      const split = task.args[1] === true;
      out.push(task.args[0].map(function (text) { return core.words(text, split); }));
    } else {
      out.push(core[task.fn].apply(null, task.args));
    }
  }
  process.stdout.write(JSON.stringify(out));
}

run().catch(function (error) {
  process.stderr.write(String(error && error.stack || error) + '\n');
  process.exit(1);
});
