/*
 * Dateline's search: answers queries in the reader's browser from the static index the build wrote
 * beside the search page. No server, no framework, no build step.
 *
 * Every index file is a script that calls datelineSearch.loaded(key, data), so files load through
 * <script> elements: that works from a web server, under any subpath, and from a disk (file://),
 * where fetch() is refused. A query loads meta.js once, then only the term files its words fall in,
 * the article tables of the results it shows and, for snippets, the texts of those results.
 *
 * The first part (fold, words, stem) must split and stem text exactly as the build does
 * (org.dateline.search.Tokenizer and Analyzer): the project's tests run both on the same words.
 */
(function (global) {
  'use strict';

  // ---- Text: the same rules as org.dateline.search.Tokenizer ----

  var MAX_WORD = 40;
  var MARKS = /\p{M}+/gu;
  var LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;
  var IDEOGRAPH = /^\p{Ideographic}$/u;

  /** Case and accents folded away: NFKD, combining marks removed, lower case. */
  function fold(text) {
    return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  }

  function isWordChar(c) {
    return LETTER_OR_DIGIT.test(c) && !IDEOGRAPH.test(c);
  }

  /**
   * The folded words of a text: letters and digits; apostrophes inside a word dropped (unless
   * split, as for every language but English: "l'élection"); ideographs one each.
   */
  function words(text, split) {
    var out = [];
    var chars = Array.from(fold(text));
    var word = '';
    var length = 0;
    function flush() {
      if (length > 0 && length <= MAX_WORD) {
        out.push(word);
      }
      word = '';
      length = 0;
    }
    for (var i = 0; i < chars.length; i++) {
      var c = chars[i];
      if (IDEOGRAPH.test(c)) {
        flush();
        out.push(c);
      } else if (LETTER_OR_DIGIT.test(c)) {
        word += c;
        length += c.length; // UTF-16 units, as Java's StringBuilder counts
      } else if (!split && (c === "'" || c === '\u2019') && length > 0 && i + 1 < chars.length && isWordChar(chars[i + 1])) {
        // inside a word: dropped, the word goes on
      } else {
        flush();
      }
    }
    flush();
    return out;
  }

  // ---- The Snowball English (Porter2) stemmer, as org.tartarus.snowball.ext.EnglishStemmer ----

  /*
   * Snowball English ("Porter2") stemmer, written to reproduce Lucene 9.12's
   * org.tartarus.snowball.ext.EnglishStemmer output exactly, including its
   * quirks (e.g. the "longest suffix wins, even if its condition then fails"
   * behaviour of Snowball's `among`).
   *
   * Strings are handled as UTF-16 code units, just like Java's char[], so
   * non-ASCII letters (which are simply consonants here) stay in step with Java.
   */
  function datelineStem(word) {
    var T = datelineStem.tables;

    // Whole-word exceptions are looked up before anything else, even the
    // length check, and on the raw input (a leading apostrophe defeats them).
    if (T.exception1.has(word)) return T.exception1.get(word);
    if (word.length < 3) return word;

    function isV(c) { return c !== undefined && 'aeiouy'.indexOf(c) !== -1; }

    // Index just past the first vowel-then-non-vowel run starting at i,
    // or the word length if there is none (Snowball's R1/R2 definition).
    function pastVC(w, i) {
      while (i < w.length && !isV(w[i])) i++;
      i++;
      while (i < w.length && isV(w[i])) i++;
      return Math.min(i + 1, w.length);
    }

    // True if w[0..end) contains a vowel.
    function hasVowel(w, end) {
      for (var i = end - 1; i >= 0; i--) if (isV(w[i])) return true;
      return false;
    }

    // "Short syllable" ending at index c.  Only a word-initial vowel+consonant
    // qualifies as short when there is no preceding consonant.
    function shortv(w, c) {
      if (c >= 3) {
        return 'aeiouywxY'.indexOf(w[c - 1]) === -1 && isV(w[c - 2]) && !isV(w[c - 3]);
      }
      return c === 2 && !isV(w[1]) && isV(w[0]);
    }

    // Longest suffix of w present in table (a Map or Set), or null.
    // Snowball commits to the longest match: if its condition fails, shorter
    // entries are NOT tried, so callers must not fall back either.
    function longest(w, table) {
      for (var len = Math.min(T.maxSuffix, w.length); len > 0; len--) {
        var s = w.slice(w.length - len);
        if (table.has(s)) return s;
      }
      return null;
    }

    var w = word, yFound = false, i, k, s;

    // Prelude: drop one leading apostrophe; mark consonantal y (initial, or
    // after a vowel) as 'Y' so it is not treated as a vowel.  Scanning left to
    // right on the updated string matters for runs like "ayyy".
    if (w[0] === "'") w = w.slice(1);
    if (w.indexOf('y') !== -1) {
      var a = w.split('');
      for (i = 0; i < a.length; i++) {
        if (a[i] === 'y' && (i === 0 || isV(a[i - 1]))) { a[i] = 'Y'; yFound = true; }
      }
      w = a.join('');
    }

    // Regions are absolute indices into the prelude output; later steps only
    // ever change the tail, so the indices remain meaningful.
    var p1 = w.length;
    for (i = 0; i < T.prefixes.length; i++) {
      if (w.startsWith(T.prefixes[i])) { p1 = T.prefixes[i].length; break; }
    }
    if (i === T.prefixes.length) p1 = pastVC(w, 0);
    var p2 = pastVC(w, p1);

    // Step 1a: possessives, then plurals.
    s = longest(w, T.apostrophe);
    if (s) w = w.slice(0, w.length - s.length);
    s = longest(w, T.step1a);
    if (s === 'sses') {
      w = w.slice(0, -2);
    } else if (s === 'ied' || s === 'ies') {
      w = w.slice(0, -3) + (w.length > 4 ? 'i' : 'ie');
    } else if (s === 's') {
      // The letter right before the 's' does not count ("gas" stays "gas").
      if (hasVowel(w, w.length - 2)) w = w.slice(0, -1);
    }

    if (!T.exception2.has(w)) {
      // Step 1b: -eed/-ed/-ing and their -ly forms.
      s = longest(w, T.step1b);
      if (s) {
        k = w.length - s.length;
        if (s === 'eed' || s === 'eedly') {
          if (k >= p1) w = w.slice(0, k) + 'ee';
        } else if (hasVowel(w, k)) {
          w = w.slice(0, k);
          var end2 = w.slice(-2);
          if (end2 === 'at' || end2 === 'bl' || end2 === 'iz') w += 'e';
          else if (T.doubles.has(end2)) w = w.slice(0, -1);
          else if (w.length === p1 && shortv(w, w.length)) w += 'e';
        }
      }

      // Step 1c: y -> i after a consonant that is not the first letter.
      k = w.length - 1;
      if ((w[k] === 'y' || w[k] === 'Y') && k > 1 && !isV(w[k - 1])) w = w.slice(0, k) + 'i';

      // Step 2: derivational suffixes in R1.
      s = longest(w, T.step2);
      if (s) {
        k = w.length - s.length;
        var ok = s === 'ogi' ? w[k - 1] === 'l'
          : s === 'li' ? w[k - 1] !== undefined && 'cdeghkmnrt'.indexOf(w[k - 1]) !== -1
            : true;
        if (ok && k >= p1) w = w.slice(0, k) + T.step2.get(s);
      }

      // Step 3: more derivational suffixes in R1 (-ative needs R2).
      s = longest(w, T.step3);
      if (s) {
        k = w.length - s.length;
        if (k >= p1 && (s !== 'ative' || k >= p2)) w = w.slice(0, k) + T.step3.get(s);
      }

      // Step 4: suffixes deleted in R2 (-ion only after s or t).
      s = longest(w, T.step4);
      if (s) {
        k = w.length - s.length;
        if (k >= p2 && (s !== 'ion' || w[k - 1] === 's' || w[k - 1] === 't')) w = w.slice(0, k);
      }

      // Step 5: final e and double l.
      k = w.length - 1;
      if (w[k] === 'e') {
        if (k >= p2 || (k >= p1 && !shortv(w, k))) w = w.slice(0, k);
      } else if (w[k] === 'l') {
        if (k >= p2 && w[k - 1] === 'l') w = w.slice(0, k);
      }
    }

    // Postlude: only undo the Y marking if the prelude did some (matches Java
    // for inputs that already contain a capital Y).
    return yFound ? w.split('Y').join('y') : w;
  }

  datelineStem.tables = (function () {
    function map(obj) { return new Map(Object.keys(obj).map(function (key) { return [key, obj[key]]; })); }
    function set(words) { return new Set(words.split(' ')); }
    return {
      maxSuffix: 7, // longest entry in any suffix table ("ational", "ization", ...)
      prefixes: ['gener', 'commun', 'arsen'],
      exception1: map({
        skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie',
        idly: 'idl', gently: 'gentl', ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl',
        sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes'
      }),
      exception2: set('inning outing canning herring earring proceed exceed succeed'),
      apostrophe: set("' 's 's'"),
      step1a: set('sses ied ies s ss us'),
      step1b: set('eed eedly ed edly ing ingly'),
      doubles: set('bb dd ff gg mm nn pp rr tt'),
      step2: map({
        tional: 'tion', enci: 'ence', anci: 'ance', abli: 'able', entli: 'ent',
        izer: 'ize', ization: 'ize', ational: 'ate', ation: 'ate', ator: 'ate',
        alism: 'al', aliti: 'al', alli: 'al', fulness: 'ful', ousli: 'ous', ousness: 'ous',
        iveness: 'ive', iviti: 'ive', biliti: 'ble', bli: 'ble', ogi: 'og',
        fulli: 'ful', lessli: 'less', li: ''
      }),
      step3: map({
        tional: 'tion', ational: 'ate', alize: 'al', icate: 'ic', iciti: 'ic', ical: 'ic',
        ful: '', ness: '', ative: ''
      }),
      step4: set('al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion')
    };
  })();

  // ---- The index's postings: see org.dateline.search.PostingCodec ----

  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  var DIGIT_VALUE = {};
  for (var d = 0; d < DIGITS.length; d++) {
    DIGIT_VALUE[DIGITS.charAt(d)] = d;
  }

  /** Postings as two arrays: article numbers (ascending) and weights. */
  function decode(encoded) {
    var docs = [];
    var weights = [];
    var at = 0;
    var doc = -1;
    function number() {
      var value = 0;
      var shift = 0;
      for (;;) {
        var digit = DIGIT_VALUE[encoded.charAt(at++)];
        value += (digit & 31) * Math.pow(2, shift);
        if ((digit & 32) === 0) {
          return value;
        }
        shift += 5;
      }
    }
    while (at < encoded.length) {
      doc += number();
      docs.push(doc);
      weights.push(number());
    }
    return { docs: docs, weights: weights };
  }

  // ---- Queries and ranking ----

  /**
   * What a query asks for: a group per word (its stem, and when it is the word being typed, the
   * terms it begins), common words left out unless nothing else is left.
   */
  function parseQuery(query, stopWords, stemmer) {
    var stem = stemmer || datelineStem;
    var stop = new Set(stopWords);
    var list = words(query, !!stemmer);
    var typing = list.length > 0 && /[\p{L}\p{N}]$/u.test(query);
    var groups = [];
    var seen = new Set();
    var skipped = [];
    list.forEach(function (word, i) {
      var last = typing && i === list.length - 1;
      var isStop = stop.has(word);
      if (isStop && !last) {
        skipped.push(word);
        return;
      }
      var term = isStop ? null : stem(word);
      var key = (term || '') + '|' + (last ? word : '');
      if (seen.has(key)) {
        return;
      }
      seen.add(key);
      groups.push({ word: word, stem: term, prefix: last && word.length >= 2 ? word : null });
    });
    return { groups: groups, skipped: skipped, stem: stemmer || null };
  }

  // ---- Languages the browser does not stem: the build's stem of every word, looked up ----

  /** Which of an index's n form files holds a word: FNV-1a over its UTF-16 units, as org.dateline.search.FormFiles. */
  function formFile(word, n) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < word.length; i++) {
      hash ^= word.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % n;
  }

  /** A stemmer from the loaded form files: a word the archive never uses is its own stem. */
  function formStemmer(tables) {
    return function (word) {
      for (var i = 0; i < tables.length; i++) {
        if (Object.prototype.hasOwnProperty.call(tables[i], word)) {
          return tables[i][word];
        }
      }
      return word;
    };
  }

  /** BM25's rarity of a term found in df of n articles. */
  function idf(df, n) {
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Ranks articles. groups: for each query word, the postings of each term it matches ({docs,
   * weights}); every word must match, through any of its terms. allowed: null, or a function
   * telling whether an article number passes the filters. n: articles in the index. Returns the
   * matches, best first (ties: newer first, which is the higher number), and whether they have
   * every word (when no article has every word, those with the most words come instead).
   */
  function rank(groups, n, allowed) {
    var scores = groups.map(function (lists) {
      var best = new Map();
      lists.forEach(function (list) {
        var rarity = idf(list.docs.length, n);
        for (var i = 0; i < list.docs.length; i++) {
          var doc = list.docs[i];
          var score = rarity * list.weights[i];
          var before = best.get(doc);
          if (before === undefined || score > before) {
            best.set(doc, score);
          }
        }
      });
      return best;
    });
    var totals = new Map();
    var counts = new Map();
    scores.forEach(function (best) {
      best.forEach(function (score, doc) {
        if (allowed && !allowed(doc)) {
          return;
        }
        totals.set(doc, (totals.get(doc) || 0) + score);
        counts.set(doc, (counts.get(doc) || 0) + 1);
      });
    });
    var hits = [];
    var all = false;
    totals.forEach(function (score, doc) {
      var count = counts.get(doc);
      if (count === groups.length) {
        all = true;
      }
      hits.push({ doc: doc, score: score, words: count });
    });
    if (all) {
      hits = hits.filter(function (hit) { return hit.words === groups.length; });
    }
    hits.sort(function (a, b) {
      return b.words - a.words || b.score - a.score || b.doc - a.doc;
    });
    return { hits: hits, allWords: all || groups.length === 0 };
  }

  /** Whether a folded word of a text matches the query: its stem is asked for, or it begins the typed word. */
  function matcher(parsed) {
    var stem = parsed.stem || datelineStem;
    var stems = new Set();
    var prefixes = [];
    parsed.groups.forEach(function (g) {
      if (g.stem) {
        stems.add(g.stem);
      }
      if (g.prefix) {
        prefixes.push(g.prefix);
      }
    });
    var matches = function (word) {
      if (stems.has(stem(word))) {
        return true;
      }
      if (parsed.stem) {
        // A word of the text whose form file was not loaded: a Snowball stem begins its words.
        for (var s of stems) {
          if (s.length >= 3 && word.lastIndexOf(s, 0) === 0) {
            return true;
          }
        }
      }
      for (var i = 0; i < prefixes.length; i++) {
        if (word.lastIndexOf(prefixes[i], 0) === 0) {
          return true;
        }
      }
      return false;
    };
    // How a text's words are split for it: as its language splits them.
    matches.split = !!parsed.stem;
    return matches;
  }

  var RUN = /[\p{L}\p{N}\p{M}'\u2019]+/gu;

  /**
   * A short passage of text around the densest cluster of matching words, as parts
   * [{text, mark}] to show with the matching words marked.
   */
  function snippet(text, matches, size) {
    var runs = [];
    var m;
    RUN.lastIndex = 0;
    while ((m = RUN.exec(text)) !== null) {
      runs.push({ start: m.index, end: m.index + m[0].length, hit: words(m[0], matches.split).some(matches) });
    }
    if (runs.length === 0) {
      return [];
    }
    var best = 0;
    var bestCount = -1;
    var count = 0;
    for (var i = 0; i < runs.length; i++) {
      count += runs[i].hit ? 1 : 0;
      if (i >= size) {
        count -= runs[i - size].hit ? 1 : 0;
      }
      var start = Math.max(0, i - size + 1);
      if (count > bestCount && (i >= size - 1 || i === runs.length - 1)) {
        bestCount = count;
        best = start;
      }
    }
    // Start a little before the first match, so it is read in context.
    var first = best;
    while (first < Math.min(runs.length, best + size) && !runs[first].hit) {
      first++;
    }
    var from = first < runs.length && runs[first].hit ? Math.max(0, first - 4) : best;
    var to = Math.min(runs.length, from + size);
    var parts = [];
    var at = runs[from].start;
    if (from > 0) {
      parts.push({ text: '… ', mark: false });
    }
    for (var r = from; r < to; r++) {
      if (runs[r].start > at) {
        parts.push({ text: text.slice(at, runs[r].start).replace(/\s+/g, ' '), mark: false });
      }
      parts.push({ text: text.slice(runs[r].start, runs[r].end), mark: runs[r].hit });
      at = runs[r].end;
    }
    if (to < runs.length) {
      parts.push({ text: ' …', mark: false });
    }
    return parts;
  }

  /** A whole short text (a headline) as parts [{text, mark}], every matching word marked. */
  function highlight(text, matches) {
    var parts = [];
    var at = 0;
    var m;
    RUN.lastIndex = 0;
    while ((m = RUN.exec(text)) !== null) {
      if (words(m[0], matches.split).some(matches)) {
        if (m.index > at) {
          parts.push({ text: text.slice(at, m.index), mark: false });
        }
        parts.push({ text: m[0], mark: true });
        at = m.index + m[0].length;
      }
    }
    if (at < text.length) {
      parts.push({ text: text.slice(at), mark: false });
    }
    return parts;
  }

  // ---- People, places and organisations: see org.dateline.search.EntityIndex ----

  /** The entity file a word's entities are in: Java's String.hashCode of its first two characters, as the build files them. */
  function entityShard(word, shards) {
    var key = word.length <= 2 ? word : word.slice(0, 2);
    var h = 0;
    for (var i = 0; i < key.length; i++) {
      h = (Math.imul(31, h) + key.charCodeAt(i)) | 0;
    }
    return (h & 0x7fffffff) % shards;
  }

  /** At most this many people, places and organisations are shown above the articles. */
  var MAX_ENTITIES = 3;

  /**
   * The entities a query names, from the rows of an entity file ([kind, name, path, count,
   * spellings?], most named first): every word of the query is a word of the name or of a spelling
   * (the same word folded, the same stem, or, for the word being typed, its beginning), so "kerry"
   * and "john kerry" both name John Kerry. One whose every word the query has comes first.
   */
  function matchEntities(parsed, rows) {
    if (parsed.groups.length === 0) {
      return [];
    }
    var found = [];
    rows.forEach(function (row, at) {
      var names = [row[1]].concat(row[4] || []);
      var named = names.map(words);
      var all = [].concat.apply([], named);
      var every = parsed.groups.every(function (g) {
        return all.some(function (w) {
          return w === g.word || (g.stem !== null && datelineStem(w) === g.stem)
            || (g.prefix !== null && w.lastIndexOf(g.prefix, 0) === 0);
        });
      });
      if (!every) {
        return;
      }
      // Whole: the query has each word of one of its names ("kerry" is all of a place named Kerry).
      var whole = named.some(function (list) {
        return list.length > 0 && list.every(function (w) {
          return parsed.groups.some(function (g) { return w === g.word || (g.stem !== null && datelineStem(w) === g.stem); });
        });
      });
      found.push({ kind: row[0], name: row[1], path: row[2], count: row[3], whole: whole, at: at });
    });
    found.sort(function (a, b) { return (b.whole ? 1 : 0) - (a.whole ? 1 : 0) || a.at - b.at; });
    return found.slice(0, MAX_ENTITIES).map(function (e) {
      return { kind: e.kind, name: e.name, path: e.path, count: e.count };
    });
  }

  var core = {
    fold: fold, words: words, stem: datelineStem, decode: decode, parseQuery: parseQuery, idf: idf,
    rank: rank, matcher: matcher, snippet: snippet, highlight: highlight, formFile: formFile,
    formStemmer: formStemmer, entityShard: entityShard, matchEntities: matchEntities
  };

  // ---- Loading index files through <script> elements ----

  /**
   * The index at a base URL. find(term) gives a term's postings (or null); withPrefix(prefix) the
   * terms beginning with it; path(doc) an article's path; text(path) its [headline, ISO day, day as
   * written, section, text].
   */
  function Index(base, load) {
    this.base = base;
    this.load = load;
  }

  Index.prototype.meta = function () {
    if (!this.metaPromise) {
      this.metaPromise = this.load('meta');
    }
    return this.metaPromise;
  };

  /** In a list of [first term, file] sorted by first term: the last entry whose first term is not after term. */
  function locate(entries, term) {
    var lo = 0;
    var hi = entries.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (entries[mid][0] <= term) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The directory file a term falls in: its term files as [first term, file]. */
  Index.prototype.directory = function (term) {
    var self = this;
    return this.meta().then(function (meta) {
      return self.load('dirs/' + meta.dirs[locate(meta.dirs, term)][1]);
    });
  };

  Index.prototype.find = function (term) {
    var self = this;
    return this.directory(term).then(function (files) {
      return self.load('terms/' + files[locate(files, term)][1]).then(function (terms) {
        return Object.prototype.hasOwnProperty.call(terms, term) ? terms[term] : null;
      });
    });
  };

  /** At most three term files are read for the word being typed: a short prefix matches too much to be useful. */
  var PREFIX_FILES = 3;
  var PREFIX_TERMS = 40;

  /** The most used terms that begin with prefix (from its directory: a prefix at a directory's end may miss a few). */
  Index.prototype.withPrefix = function (prefix) {
    var self = this;
    return this.directory(prefix).then(function (files) {
      var first = locate(files, prefix);
      var last = first;
      while (last + 1 < files.length && last - first + 1 < PREFIX_FILES
             && files[last + 1][0].lastIndexOf(prefix, 0) === 0) {
        last++;
      }
      var loads = [];
      for (var i = first; i <= last; i++) {
        loads.push(self.load('terms/' + files[i][1]));
      }
      return Promise.all(loads).then(function (shards) {
        var found = [];
        shards.forEach(function (terms) {
          Object.keys(terms).forEach(function (term) {
            if (term.lastIndexOf(prefix, 0) === 0 && term.indexOf(':') < 0) {
              found.push({ term: term, postings: terms[term] });
            }
          });
        });
        found.sort(function (a, b) { return b.postings.length - a.postings.length; });
        return found.slice(0, PREFIX_TERMS);
      });
    });
  };

  Index.prototype.path = function (doc) {
    var self = this;
    return this.meta().then(function (meta) {
      return self.load('docs/' + Math.floor(doc / meta.block)).then(function (rows) {
        return rows[doc % meta.block];
      });
    });
  };

  Index.prototype.text = function (path) {
    return this.load('text/' + path.replace(/\/$/, ''));
  };

  /**
   * How the query's words are stemmed: by the browser for English (null), else from the index's
   * form files, the one of each word loaded.
   */
  Index.prototype.stemmer = function (meta, query) {
    if (meta.forms === undefined) {
      return Promise.resolve(null);
    }
    var self = this;
    var files = new Set(meta.forms ? words(query, true).map(function (w) { return formFile(w, meta.forms); }) : []);
    return Promise.all(Array.from(files).map(function (n) { return self.load('forms/' + n); })).then(formStemmer);
  };

  /** The people, places and organisations a query names (none when the site has no entity files). */
  Index.prototype.entities = function (parsed) {
    var self = this;
    return this.meta().then(function (meta) {
      if (!meta.entities || parsed.groups.length === 0) {
        return [];
      }
      return self.load('entities/' + entityShard(parsed.groups[0].word, meta.entities)).then(function (rows) {
        return matchEntities(parsed, rows);
      });
    });
  };

  /** Runs a query: the entities it names, the ranked article numbers and whether all words matched. */
  Index.prototype.search = function (query, filters) {
    var self = this;
    return this.meta().then(function (meta) {
      return self.stemmer(meta, query).then(function (stemmer) { return [meta, stemmer]; });
    }).then(function (ready) {
      var meta = ready[0];
      var parsed = parseQuery(query, meta.stopWords, ready[1]);
      if (parsed.groups.length === 0) {
        return { parsed: parsed, hits: [], allWords: true, meta: meta, entities: [] };
      }
      var groupLoads = parsed.groups.map(function (g) {
        var loads = [];
        if (g.stem) {
          loads.push(self.find(g.stem).then(function (p) { return p ? [p] : []; }));
        }
        if (g.prefix) {
          loads.push(self.withPrefix(g.prefix).then(function (found) {
            return found.filter(function (f) { return f.term !== g.stem; }).map(function (f) { return f.postings; });
          }));
        }
        return Promise.all(loads).then(function (lists) {
          return [].concat.apply([], lists).map(decode);
        });
      });
      var sectionLoad = filters && filters.section
        ? self.find(meta.sectionField + filters.section).then(function (p) { return new Set(p ? decode(p).docs : []); })
        : Promise.resolve(null);
      return Promise.all([Promise.all(groupLoads), sectionLoad, self.entities(parsed)]).then(function (loaded) {
        var groups = loaded[0];
        var inSection = loaded[1];
        var entities = loaded[2];
        var range = null;
        if (filters && filters.year) {
          range = [1, 0];
          meta.years.forEach(function (y) {
            if (String(y[0]) === String(filters.year)) {
              range = [y[1], y[2]];
            }
          });
        }
        var allowed = inSection || range ? function (doc) {
          return (!inSection || inSection.has(doc)) && (!range || (doc >= range[0] && doc <= range[1]));
        } : null;
        var ranked = rank(groups, meta.docs, allowed);
        return { parsed: parsed, hits: ranked.hits, allWords: ranked.allWords, meta: meta, entities: entities };
      });
    });
  };

  /** A loader that adds a <script> for each file, once, and resolves when the file calls back. */
  function scriptLoader(base, doc) {
    var waiting = {};
    var loaded = {};
    global.datelineSearch = {
      loaded: function (key, data) {
        loaded[key] = data;
        if (waiting[key]) {
          waiting[key].resolve(data);
        }
      }
    };
    return function (key) {
      if (!waiting[key]) {
        var entry = {};
        entry.promise = new Promise(function (resolve, reject) {
          entry.resolve = resolve;
          entry.reject = reject;
        });
        waiting[key] = entry;
        if (Object.prototype.hasOwnProperty.call(loaded, key)) {
          entry.resolve(loaded[key]);
        } else {
          var script = doc.createElement('script');
          script.src = base + key.split('/').map(encodeURIComponent).join('/') + '.js';
          script.async = true;
          script.onerror = function () {
            delete waiting[key];
            entry.reject(new Error('could not load ' + script.src));
          };
          doc.head.appendChild(script);
        }
      }
      return waiting[key].promise;
    };
  }

  // ---- The page ----

  var PAGE = 10;
  var SNIPPET_WORDS = 32;

  /**
   * What the page says, in English unless the form's data-messages gives the page's language (the
   * theme's search.script.* messages): a text, or plural forms by category; {0}, {1} take arguments.
   */
  var WORDS = {
    undated: 'Undated',
    searching: 'Searching…',
    tooCommon: '“{0}” is made only of words too common to search for. Add a more particular word.',
    none: 'No articles match “{0}”.',
    some: { one: 'No article has every word; {0} article has some of them.',
      other: 'No article has every word; {0} articles have some of them.' },
    matches: { one: '{0} article matches “{1}”.', other: '{0} articles match “{1}”.' },
    failed: 'The search index could not be read ({0}). Rebuild the site, or try again.'
  };

  /**
   * say(name, args…): one of the page's words (its own where it gives them) with its arguments in
   * place; a count, the first argument of a text with plural forms, picks the form.
   */
  function pageWords(form, doc) {
    var given = JSON.parse(form.getAttribute('data-messages') || '{}');
    var plural = typeof Intl !== 'undefined' && Intl.PluralRules ? new Intl.PluralRules(doc.documentElement.lang || 'en') : null;
    return function (name) {
      var args = Array.prototype.slice.call(arguments, 1);
      var text = Object.prototype.hasOwnProperty.call(given, name) ? given[name] : WORDS[name];
      if (typeof text === 'object') {
        text = text[plural ? plural.select(args[0]) : (args[0] === 1 ? 'one' : 'other')] || text.other;
      }
      return text.replace(/\{(\d+)\}/g, function (all, i) {
        return i >= args.length ? all : typeof args[i] === 'number' ? args[i].toLocaleString() : String(args[i]);
      });
    };
  }

  function start(doc) {
    var form = doc.getElementById('search-form');
    if (!form) {
      return;
    }
    var input = doc.getElementById('search-input');
    var section = doc.getElementById('search-section');
    var year = doc.getElementById('search-year');
    var status = doc.getElementById('search-status');
    var list = doc.getElementById('search-results');
    var more = doc.getElementById('search-more');
    var indexHref = form.getAttribute('data-index');
    var base = indexHref.slice(0, indexHref.lastIndexOf('/') + 1);
    var root = form.getAttribute('data-root');
    var index = new Index(base, scriptLoader(base, doc));
    var say = pageWords(form, doc);
    var sequence = 0;
    var shown = [];
    var current = null;
    var typedAt = 0;
    var timer = null;

    function setStatus(query, state, text) {
      status.setAttribute('data-query', query);
      status.setAttribute('data-state', state);
      status.textContent = text;
    }

    /** A result's link; from a disk a folder does not open its index.html, so the file is named. */
    function href(meta, path) {
      var files = meta.linkStyle === 'files' || global.location.protocol === 'file:';
      return root + path + (files ? 'index.html' : '');
    }

    /** Text parts into an element, the matching words in <mark>; text nodes only, never HTML. */
    function appendParts(element, parts) {
      parts.forEach(function (part) {
        if (part.mark) {
          var mark = doc.createElement('mark');
          mark.textContent = part.text;
          element.appendChild(mark);
        } else {
          element.appendChild(doc.createTextNode(part.text));
        }
      });
    }

    function resultItem(meta, path, shown, parsed) {
      var li = doc.createElement('li');
      li.className = 'search-result';
      var h = doc.createElement('h2');
      var a = doc.createElement('a');
      a.href = href(meta, path);
      var matches = matcher(parsed);
      appendParts(a, highlight(shown[0], matches));
      h.appendChild(a);
      li.appendChild(h);
      var info = doc.createElement('p');
      info.className = 'meta';
      if (shown[1]) {
        var time = doc.createElement('time');
        time.dateTime = shown[1];
        time.textContent = shown[2];
        info.appendChild(time);
      } else {
        info.appendChild(doc.createTextNode(say('undated')));
      }
      if (shown[3]) {
        info.appendChild(doc.createTextNode(' · ' + shown[3]));
      }
      li.appendChild(info);
      var p = doc.createElement('p');
      p.className = 'snippet';
      appendParts(p, snippet(shown[4], matches, SNIPPET_WORDS));
      p.setAttribute('data-ready', '');
      li.appendChild(p);
      return li;
    }

    /** A person, place or organisation the query names: its page, what it is and how many articles name it. */
    function entityItem(meta, entity) {
      var li = doc.createElement('li');
      li.className = 'search-result search-entity';
      var h = doc.createElement('h2');
      var a = doc.createElement('a');
      a.href = href(meta, entity.path);
      a.textContent = entity.name;
      h.appendChild(a);
      li.appendChild(h);
      var info = doc.createElement('p');
      info.className = 'meta';
      info.textContent = entity.kind + ' · ' + (entity.count === 1 ? '1 story' : entity.count.toLocaleString() + ' stories');
      li.appendChild(info);
      return li;
    }

    function showPage(run, result, from) {
      var hits = result.hits.slice(from, from + PAGE);
      return Promise.all(hits.map(function (hit) {
        return index.path(hit.doc).then(function (path) {
          return index.text(path).then(function (shown) { return { path: path, shown: shown }; });
        });
      })).then(function (items) {
        if (run !== sequence) {
          return;
        }
        if (from === 0) {
          result.entities.forEach(function (entity) {
            list.appendChild(entityItem(result.meta, entity));
          });
        }
        items.forEach(function (item) {
          list.appendChild(resultItem(result.meta, item.path, item.shown, result.parsed));
        });
        shown = result.hits.slice(0, from + hits.length);
        more.hidden = shown.length >= result.hits.length;
      });
    }

    function describe(result, query) {
      var n = result.hits.length;
      if (result.parsed.groups.length === 0) {
        return result.parsed.skipped.length ? say('tooCommon', query.trim()) : '';
      }
      if (n === 0) {
        return say('none', query.trim());
      }
      if (!result.allWords) {
        return say('some', n);
      }
      return say('matches', n, query.trim());
    }

    function run() {
      var query = input.value;
      var filters = { section: section.value, year: year.value };
      var mine = ++sequence;
      var began = typedAt || performance.now();
      remember(query, filters);
      if (query.trim() === '') {
        list.textContent = '';
        more.hidden = true;
        setStatus(query, 'done', '');
        return;
      }
      setStatus(query, 'loading', say('searching'));
      index.search(query, filters).then(function (result) {
        if (mine !== sequence) {
          return null;
        }
        current = result;
        list.textContent = '';
        return showPage(mine, result, 0).then(function () {
          if (mine !== sequence) {
            return;
          }
          status.setAttribute('data-ms', String(Math.round(performance.now() - began)));
          setStatus(query, 'done', describe(result, query));
        });
      }).catch(function (error) {
        if (mine === sequence) {
          setStatus(query, 'done', say('failed', error.message));
        }
      });
    }

    function remember(query, filters) {
      try {
        var params = new URLSearchParams();
        if (query) { params.set('q', query); }
        if (filters.section) { params.set('section', filters.section); }
        if (filters.year) { params.set('year', filters.year); }
        var search = params.toString();
        global.history.replaceState(null, '', search ? '?' + search : global.location.pathname);
      } catch (e) {
        // some browsers refuse to change the address of a page opened from disk: searching still works
      }
    }

    function schedule() {
      typedAt = performance.now();
      if (timer) {
        clearTimeout(timer);
      }
      timer = setTimeout(function () {
        timer = null;
        run();
      }, 60);
    }

    input.addEventListener('input', schedule);
    section.addEventListener('change', run);
    year.addEventListener('change', run);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      typedAt = performance.now();
      run();
    });
    more.addEventListener('click', function () {
      if (current) {
        var before = shown.length;
        showPage(sequence, current, shown.length).then(function () {
          var links = list.querySelectorAll('.search-result:not(.search-entity) h2 a');
          if (links[before]) {
            links[before].focus();
          }
        });
      }
    });
    // Arrow keys move between the search box and the results.
    form.parentNode.addEventListener('keydown', function (event) {
      var links = Array.prototype.slice.call(list.querySelectorAll('.search-result h2 a'));
      var at = links.indexOf(doc.activeElement);
      if (event.key === 'ArrowDown' && (doc.activeElement === input || at >= 0) && links.length) {
        event.preventDefault();
        links[Math.min(links.length - 1, at + 1)].focus();
      } else if (event.key === 'ArrowUp' && at >= 0) {
        event.preventDefault();
        (at === 0 ? input : links[at - 1]).focus();
      } else if (event.key === 'Escape' && at >= 0) {
        input.focus();
      }
    });

    var params = new URLSearchParams(global.location.search);
    input.value = params.get('q') || '';
    section.value = params.get('section') || '';
    year.value = params.get('year') || '';
    if (input.value) {
      run();
    } else {
      setStatus('', 'done', '');
    }
    input.focus();
  }

  core.Index = Index;
  core.pageWords = pageWords;

  if (typeof module === 'object' && module.exports) {
    module.exports = core;
  } else if (typeof document !== 'undefined') {
    start(document);
  }
})(typeof window !== 'undefined' ? window : this);
