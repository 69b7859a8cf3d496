// The precis serve page in headless Chromium (playwright-core over /usr/bin/chromium):
// the list renders, search narrows it, a story view shows its summary, a summary sentence
// opens its article with exactly that sentence highlighted and in view (one after non-ASCII
// text), the keyboard alone reaches a story, an article title with HTML shows as text, an
// unknown story says "Not found" with a link back.
// Screenshots of each page at 375 and 1280 px go to OUT_DIR.
//
//   node tests/e2e/page_test.mjs PRECIS_BIN OUT_DIR
// Exit codes: 0 pass, 1 fail, 77 skipped (no Chromium or no playwright-core).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [bin, outDir] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) { console.log('SKIP: no Chromium at ' + chromiumPath); process.exit(77); }
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  console.log('SKIP: playwright-core not installed (scripts/install-deps.sh runs npm ci in tests/e2e)');
  process.exit(77);
}
mkdirSync(outDir, { recursive: true });

let failures = 0;
function check(ok, what) {
  console.log((ok ? 'ok   ' : 'FAIL ') + what);
  if (!ok) failures++;
}

// The server on a free loopback port.
const db = join(mkdtempSync(join(tmpdir(), 'precis-page-')), 'db.sqlite');
const server = spawn(bin, ['serve', '--db', db, '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'ignore', 'pipe'] });
const base = await new Promise((resolve, reject) => {
  let log = '';
  server.stderr.on('data', (d) => {
    log += d;
    const m = log.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
    if (m) resolve('http://127.0.0.1:' + m[1]);
  });
  server.on('exit', () => reject(new Error('server exited: ' + log)));
  setTimeout(() => reject(new Error('server did not start: ' + log)), 20000);
});
let browser;
try {
  const sample = readFileSync(join(here, '../../data/sample/articles.jsonl'), 'utf8');
  const xss = JSON.stringify({ id: 'xss-1', title: '<img src=x onerror=alert(1)>', date: '2024-06-30',
    source: '<b>bold</b>', text: 'Lighthouse keepers on Tarn Island counted seabirds for the annual survey. The count rose this year.' });
  // An article without a title: listed as "Untitled article", headed by its first sentence.
  const untitled = JSON.stringify({ id: 'untitled-1', date: '2024-07-01', source: 'Kestrel Post',
    text: 'Ferry crews off Kestrel Point rescued two kayakers caught by the evening tide. Both were unhurt.' });
  // An article without a date: its story's line has no dates and no stray separator.
  const undated = JSON.stringify({ id: 'undated-1', title: 'Harwick shelter finds homes for forty dogs',
    source: 'Kestrel Post', text: 'Volunteers at the Harwick animal shelter found homes for forty dogs in one weekend. The shelter is now almost empty.' });
  let res = await fetch(base + '/articles', { method: 'POST', body: sample + xss + '\n' + untitled + '\n' + undated + '\n' });
  check(res.status === 200, 'sample posted');
  for (let i = 0; i < 200; i++) {
    const m = await (await fetch(base + '/metrics')).text();
    if (m.includes('\nprecis_stories_waiting_for_summary 0\n')) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  // The list is published again just after the summaries are stored (their ledes).
  let all = [];
  for (let i = 0; i < 100; i++) {
    all = (await (await fetch(base + '/stories?limit=100')).json()).stories;
    if (all.every((s) => s.lede)) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  // A summary sentence after non-ASCII text (byte and character offsets differ).
  let target = null, targetStory = null;
  for (const s of all) {
    const full = await (await fetch(base + '/stories/' + s.id)).json();
    for (const x of (full.summary || {}).sentences || []) {
      if (!target && x.char_begin !== x.begin) { target = x; targetStory = s.id; }
    }
  }
  check(target !== null, 'a summary sentence after non-ASCII text exists');
  // The list's lede is the first sentence of each story's summary.
  let ledes = 0, ledesRight = 0, ledesShown = 0;
  for (const s of all) {
    const full = await (await fetch(base + '/stories/' + s.id)).json();
    const first = ((full.summary || {}).sentences || [])[0];
    if (!first) continue;
    ledes++;
    if (first.text.trim() !== s.headline.trim()) ledesShown++;  // not repeated under itself
    if (s.lede && s.lede.text === first.text && s.lede.doc_id === first.doc_id) ledesRight++;
  }
  check(ledes > 0 && ledesRight === ledes, 'every summarized story lists its first summary sentence as its lede');
  // A story with a sentence left out as off-topic (the sample pastes a recall notice into a
  // transit article).
  let leftOut = null, leftOutStory = null;
  for (const s of all) {
    const full = await (await fetch(base + '/stories/' + s.id)).json();
    const off = (full.summary || {}).off_topic || [];
    if (!leftOut && off.length) { leftOut = off[0]; leftOutStory = s.id; }
  }
  check(leftOut !== null, 'a story lists a sentence left out as off-topic');

  // A story holding a wire copy (the sample's Northfield Wire Service copy of the Courier's dam
  // report).
  let copyStory = null;
  for (const s of all) {
    const full = await (await fetch(base + '/stories/' + s.id)).json();
    if (full.articles.some((a) => a.duplicate_of)) copyStory = s.id;
  }
  check(copyStory !== null, 'a story holds a copy');

  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: width > 500 ? 900 : 740 } });
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; d.dismiss(); });
    const tag = ' (' + width + ' px)';

    await page.goto(base + '/');
    await page.waitForSelector('#stories li[data-story]');
    const listed = await page.locator('#stories li[data-story]').count();
    check(listed === all.length, 'the list shows every story' + tag);
    const metas = await page.locator('#stories li[data-story] .meta').allInnerTexts();
    check(metas.length === listed && metas.every((m) => /^\S/.test(m) && !m.startsWith('·')),
      'every story line starts with its dates or its count, no stray separator' + tag);
    const shown = await page.locator('#stories li[data-story] .lede').allInnerTexts();
    check(ledesShown > 0 && shown.length === ledesShown && shown.every((t) => t.length > 0),
      'every summarized story shows its lede in the list, unless it is the headline' + tag);
    await page.screenshot({ path: join(outDir, `list-${width}.png`), fullPage: true });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    check(scrollWidth <= width, 'no horizontal scrolling' + tag);

    // Escaping: the title is text, no element was made from it and no script ran.
    const texts = await page.locator('#stories').innerText();
    check(texts.includes('<img src=x onerror=alert(1)>'), 'an HTML title shows as text' + tag);
    check(await page.locator('main img').count() === 0 && dialogs === 0, 'no element or script from article text' + tag);

    // Search narrows the list.
    await page.fill('#q', 'spillway');
    await page.press('#q', 'Enter');
    await page.waitForFunction((n) => {
      const items = document.querySelectorAll('#stories li[data-story]');
      return items.length > 0 && items.length < n;
    }, all.length);
    check(page.url().includes('q=spillway'), 'the search has its own URL' + tag);
    await page.waitForSelector('#stories li[data-story] .snippet mark');
    const found = await page.locator('#stories li[data-story] .snippet mark').allInnerTexts();
    check(found.length > 0 && found.every((m) => /^spillways?$/i.test(m)),
      'a found story shows the words it was found by, marked in a snippet' + tag);
    const source = await page.locator('#stories li[data-story] .snippet a').first().getAttribute('href');
    check(/^#\/article\//.test(source || ''), 'the snippet links to its article' + tag);
    await page.screenshot({ path: join(outDir, `search-${width}.png`), fullPage: true });

    // Keyboard alone: Tab to the first story link, Enter opens it. Going back from the search
    // is a hash change, so the search's shorter list is still there until the page renders the
    // whole one: wait for that, or Tab may focus a link that the re-render then removes.
    await page.goto(base + '/#/');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#stories li[data-story]').length === n, all.length);
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('title'));
    }
    check(reached, 'Tab reaches a story' + tag);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#summary li a, #summary-pending');
    check(/#\/story\/\d+$/.test(page.url()), 'Enter opens the story' + tag);

    // The story view of the target, then its sentence link.
    await page.goto(base + '/#/story/' + targetStory);
    await page.waitForSelector('#summary li a');
    await page.screenshot({ path: join(outDir, `story-${width}.png`), fullPage: true });
    const href = '#/article/' + encodeURIComponent(target.doc_id) + '?b=' + target.char_begin + '&e=' + target.char_end;
    await page.click(`#summary a[href="${href}"]`);
    await page.waitForSelector('#highlight');
    const marked = await page.locator('#highlight').innerText();
    check(marked === target.text, 'the sentence is highlighted exactly' + tag);
    check(await page.locator('mark').count() === 1, 'only that sentence is highlighted' + tag);
    const inView = await page.evaluate(() => {
      const r = document.getElementById('highlight').getBoundingClientRect();
      return r.top < window.innerHeight && r.bottom > 0;
    });
    check(inView, 'the highlighted sentence is scrolled into view' + tag);
    await page.screenshot({ path: join(outDir, `article-${width}.png`) });

    // A copy names its original as a reader knows it: the outlet, not the id.
    await page.goto(base + '/#/story/' + copyStory);
    await page.waitForSelector('#articles .dup a');
    check((await page.locator('#articles .dup a').first().innerText()) === 'The Caldwick Courier',
      'a copy names the outlet of its original' + tag);

    // The off-topic sentences: listed under the summary, each linked to its place.
    if (leftOut) {
      await page.goto(base + '/#/story/' + leftOutStory);
      await page.waitForSelector('#off-topic summary');
      await page.click('#off-topic summary');
      const link = page.locator('#off-topic li a').first();
      check((await link.innerText()) === leftOut.text.replace(/\s+/g, ' ').trim(),
        'the off-topic sentence is listed' + tag);
      await link.click();
      await page.waitForSelector('#highlight');
      check((await page.locator('#highlight').innerText()) === leftOut.text,
        'the off-topic sentence is highlighted in its article' + tag);
    }

    // The untitled article: its story lists it as "Untitled article", its view is headed by its
    // first sentence, not by its id.
    const placed = (await (await fetch(base + '/articles/untitled-1')).json()).story;
    await page.goto(base + '/#/story/' + placed);
    await page.waitForSelector('#articles a[href="#/article/untitled-1"]');
    check(await page.locator('#articles a[href="#/article/untitled-1"]').innerText() === 'Untitled article',
      'an untitled article is listed as such' + tag);
    await page.goto(base + '/#/article/untitled-1');
    await page.waitForSelector('#text');
    check(await page.locator('main h1').innerText() ===
      'Ferry crews off Kestrel Point rescued two kayakers caught by the evening tide.',
      'an untitled article is headed by its first sentence' + tag);

    // A story that does not exist says so and leads back to the list.
    await page.goto(base + '/#/story/999999');
    await page.waitForSelector('main p.error');
    check(await page.locator('main h1').innerText() === 'Not found', 'an unknown story is "Not found"' + tag);
    check(await page.locator('main a[href="#/"]').count() === 1, 'a link leads back to the stories' + tag);
    await page.close();
  }
} catch (err) {
  check(false, 'page test: ' + (err.stack || err));
} finally {
  if (browser) await browser.close();
  server.kill('SIGTERM');
}
console.log(failures ? failures + ' check(s) failed' : 'all checks passed; screenshots in ' + outDir);
process.exit(failures ? 1 : 0);
