// precis: the story reader. Plain JavaScript over the JSON API (docs/serve.md).
// Routes (in the URL hash, so every view has its own URL):
//   #/?q=&from=&to=           story list (newest first), search and date filter
//   #/story/ID                a story: summary, articles, timeline
//   #/article/ID?b=N&e=M      an article, characters [N, M) highlighted (UTF-16 offsets,
//                             as the API's char_begin / char_end)
// All text from the API is put into the page with textContent, never as HTML.
'use strict';

const main = document.getElementById('main');

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null) node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// A summary sentence's text, with an elision mark where compression left words of the
// source out (between two of its char_spans, UTF-16 offsets into the article).
function sentenceParts(x) {
  const spans = x.char_spans || [];
  if (spans.length < 2) return [x.text];
  const parts = [];
  let at = 0;
  spans.forEach(([b, e], i) => {
    if (i) parts.push(el('span', { class: 'cut', title: 'words of the source left out' }, '[\u2026]'));
    parts.push(x.text.slice(at, at + e - b));
    at += e - b;
  });
  return parts;
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = new Error(body.detail || 'HTTP ' + res.status);
    err.status = res.status;
    throw err;
  }
  return body;
}

function show(...nodes) {
  main.replaceChildren(...nodes);
  const h = main.querySelector('h1');
  (h || main).setAttribute('tabindex', '-1');
  (h || main).focus({ preventScroll: true });
}

// A date as a reader writes it: "10 Mar 2025" for a day, "10 Mar 2025, 07:30 UTC" for an
// instant (shown in UTC, the days the date filters use); anything Date cannot read as given.
function readableDate(text) {
  if (!text) return '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const when = new Date(day ? text + 'T00:00:00Z' : text);
  if (Number.isNaN(when.getTime())) return text;
  const options = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  if (!day) Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return when.toLocaleString('en-GB', options).replace(' at ', ', ') + (day ? '' : ' UTC');
}

function dates(s) {
  if (!s.first_date) return '';
  const first = readableDate(s.first_date), last = readableDate(s.last_date);
  return first === last ? first : first + ' to ' + last;
}

// The article a copy repeats, named as a reader knows it (its outlet, else its title, else its
// id) and linked to it.
function copyOf(s, id) {
  const o = s.articles.find((x) => x.id === id);
  const name = o ? (o.source || o.title || o.id) : id;
  return el('a', { href: '#/article/' + encodeURIComponent(id), title: id, dir: 'auto' }, name);
}

// A search hit's snippet with its matched words marked (highlights: UTF-16 ranges, as
// JavaScript indexes strings), then where it comes from, linked to the article.
function snippetOf(hit) {
  const parts = [];
  let at = 0;
  for (const [b, e] of hit.highlights || []) {
    if (b < at || e > hit.snippet.length) continue;
    parts.push(hit.snippet.slice(at, b), el('mark', null, hit.snippet.slice(b, e)));
    at = e;
  }
  parts.push(hit.snippet.slice(at));
  return el('p', { class: 'snippet', dir: 'auto' }, ...parts, ' ',
    el('a', { href: '#/article/' + encodeURIComponent(hit.article), title: hit.article, dir: 'auto' },
      '(' + (hit.source || hit.title || hit.article) + ')'));
}

// A story in the list: its headline, dates and size, the first sentence of its summary (the
// lede; none until the first summary is written, nor when it is the headline itself, as for an
// untitled article), where a search found it, its terms.
function storyItem(s, hit) {
  return el('li', { 'data-story': s.id },
    el('a', { class: 'title', dir: 'auto', href: '#/story/' + s.id }, s.headline || 'Story ' + s.id),
    el('div', { class: 'meta' },
      [dates(s), s.articles + (s.articles === 1 ? ' article' : ' articles')]
        .filter(Boolean).join(' · ')),
    s.lede && s.lede.text.trim() !== (s.headline || '').trim()
      ? el('p', { class: 'lede', dir: 'auto', lang: s.lede.lang }, s.lede.text) : null,
    hit && hit.snippet ? snippetOf(hit) : null,
    el('ul', { class: 'terms', 'aria-label': 'terms' },
      ...s.terms.slice(0, 6).map((t) => el('li', null, t))));
}

// For a search: each story's best-ranked article hit (/search, first 100 hits), so the list can
// show where the words were found. A story without one in those hits shows none.
async function bestHits(q) {
  const best = new Map();
  if (!q) return best;
  try {
    const data = await api('/search?' + new URLSearchParams({ q, limit: '100' }));
    for (const h of data.results) if (!best.has(h.story)) best.set(h.story, h);
  } catch (e) {
    // The list still answers the search; only the snippets are missing.
  }
  return best;
}

async function listView(params) {
  const form = document.getElementById('search');
  form.q.value = params.get('q') || '';
  form.from.value = params.get('from') || '';
  form.to.value = params.get('to') || '';
  const query = new URLSearchParams();
  for (const k of ['q', 'from', 'to']) if (params.get(k)) query.set(k, params.get(k));
  query.set('limit', '25');
  const list = el('ul', { class: 'stories', id: 'stories' });
  const title = params.get('q') ? 'Stories matching “' + params.get('q') + '”' : 'Latest stories';
  const more = el('button', { class: 'more', type: 'button', hidden: '' }, 'More stories');
  let cursor = null;
  const hits = bestHits(params.get('q'));
  async function page() {
    if (cursor) query.set('cursor', cursor);
    const data = await api('/stories?' + query);
    const best = await hits;
    list.append(...data.stories.map((s) => storyItem(s, best.get(s.id))));
    cursor = data.next_cursor;
    more.hidden = !cursor;
    if (!list.children.length) list.append(el('li', { class: 'meta' }, 'No stories.'));
  }
  more.addEventListener('click', () => page().catch(fail));
  await page();
  show(el('h1', null, title), list, more);
}

function timeline(days) {
  const max = Math.max(1, ...days.map((d) => d.articles));
  const grid = el('div', { class: 'timeline', role: 'list' });
  for (const d of days) {
    grid.append(el('span', { role: 'listitem' }, d.date),
      el('div', { class: 'bar', style: 'width:' + (100 * d.articles / max) + '%', 'aria-hidden': 'true' }),
      el('span', null, d.articles));
  }
  return grid;
}

async function storyView(id) {
  const s = await api('/stories/' + encodeURIComponent(id));
  if (String(s.id) !== String(id)) {  // a merged story: show the survivor at its own URL
    history.replaceState(null, '', '#/story/' + s.id);
  }
  const parts = [el('h1', { dir: 'auto' }, s.headline || 'Story ' + s.id),
    el('p', { class: 'meta' }, [dates(s),
      s.article_count + (s.article_count === 1 ? ' article' : ' articles'),
      s.open ? 'developing' : ''].filter(Boolean).join(' · ')),
    el('ul', { class: 'terms', 'aria-label': 'terms' }, ...s.terms.map((t) => el('li', null, t))),
    el('h2', null, 'Summary')];
  if (!s.summary) {
    parts.push(el('p', { class: 'meta', id: 'summary-pending' }, 'The summary is being written.'));
  } else {
    parts.push(el('ol', { class: 'summary', id: 'summary' }, ...s.summary.sentences.map((x) =>
      el('li', { dir: 'auto', lang: x.lang }, el('a', {
        href: '#/article/' + encodeURIComponent(x.doc_id) + '?b=' + x.char_begin + '&e=' + x.char_end,
      }, ...sentenceParts(x))))));
    // What the off-topic filters left out, each linked to its place in its article.
    const left = s.summary.off_topic || [];
    if (left.length) {
      parts.push(el('details', { class: 'off-topic', id: 'off-topic' },
        el('summary', { class: 'meta' }, left.length +
          (left.length === 1 ? ' sentence' : ' sentences') + ' left out as off-topic'),
        el('ol', null, ...left.map((x) => el('li', { dir: 'auto', lang: x.lang }, el('a', {
          href: '#/article/' + encodeURIComponent(x.doc_id) +
            (x.char_begin === undefined ? '' : '?b=' + x.char_begin + '&e=' + x.char_end),
        }, x.text))))));
    }
  }
  parts.push(el('h2', null, 'Articles'), el('ol', { class: 'articles', id: 'articles' },
    ...s.articles.map((a) => el('li', null,
      el('a', { dir: 'auto', lang: a.lang, href: '#/article/' + encodeURIComponent(a.id), title: a.id },
        a.title || 'Untitled article'),
      el('span', { class: 'meta' }, ' ' + [a.source, readableDate(a.date)].filter(Boolean).join(', ')),
      a.duplicate_of ? el('span', { class: 'dup' }, ' (a copy of ', copyOf(s, a.duplicate_of), ')') : null))));
  if (s.timeline.length) parts.push(el('h2', null, 'Timeline'), timeline(s.timeline));
  show(...parts);
}

// The heading of an article without a title: its first sentence, at most 90 characters
// (cut at a word), as the stories' headlines fall back to a first sentence.
function untitledHeading(text) {
  const first = (text.trim().match(/^[\s\S]*?[.!?\u3002](?=\s|$)/) || [text.trim()])[0];
  if (first.length <= 90) return first;
  const cut = first.slice(0, 90);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)) + '\u2026';
}

async function articleView(id, params) {
  const a = await api('/articles/' + encodeURIComponent(id));
  // The page's words are English; the article keeps its language (Han glyphs, voices).
  const text = el('div', { class: 'text', id: 'text', dir: 'auto', lang: a.lang });
  const b = Number(params.get('b')), e = Number(params.get('e'));
  let mark = null;
  if (params.has('b') && Number.isInteger(b) && Number.isInteger(e) && 0 <= b && b < e &&
      e <= a.text.length) {
    mark = el('mark', { id: 'highlight' }, a.text.slice(b, e));
    text.append(a.text.slice(0, b), mark, a.text.slice(e));
  } else {
    text.append(a.text);
  }
  const meta = [a.source, readableDate(a.date)].filter(Boolean).join(', ');
  show(el('h1', { dir: 'auto', lang: a.lang }, a.title || untitledHeading(a.text)),
    el('p', { class: 'meta' }, meta, a.url ? ' · ' : '',
      a.url ? el('a', { href: a.url, rel: 'noopener noreferrer' }, 'original') : null,
      ' · ', el('a', { href: '#/story/' + a.story }, 'the story')),
    text);
  if (mark) mark.scrollIntoView({ block: 'center' });
}

// A story or article that does not exist (an old link, a typed URL) is "not found", with the
// way back; anything else is an error.
function fail(err) {
  show(el('h1', null, err.status === 404 ? 'Not found' : 'Something went wrong'),
    el('p', { class: 'error' }, err.message),
    el('p', null, el('a', { href: '#/' }, 'All stories')));
}

function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  let m;
  let view;
  if ((m = path.match(/^\/story\/([^/]+)$/))) view = storyView(decodeURIComponent(m[1]));
  else if ((m = path.match(/^\/article\/(.+)$/))) view = articleView(decodeURIComponent(m[1]), params);
  else view = listView(params);
  view.catch(fail);
}

document.getElementById('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const f = ev.target;
  const p = new URLSearchParams();
  for (const k of ['q', 'from', 'to']) if (f[k].value) p.set(k, f[k].value);
  const next = '#/?' + p;
  if (location.hash === next) route(); else location.hash = next;
});
window.addEventListener('hashchange', route);
route();
