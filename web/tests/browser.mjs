// Browser tests: a person's path through Lens in Debian's Chromium, driven by playwright-core.
// Usage: node browser.mjs URL ADMIN_PASSWORD SCREENSHOT_DIR SOURCE_DIR
// Started by scripts/run-browser-tests, which runs `lens demo` on a free port first.
// Exits non-zero on the first failed step, naming it; saves a screenshot of each main page.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [url, adminPassword, shots, sourceDir] = process.argv.slice(2);
if (!url || !adminPassword || !shots || !sourceDir) {
  console.error('usage: node browser.mjs URL ADMIN_PASSWORD SCREENSHOT_DIR SOURCE_DIR');
  process.exit(2);
}
const base = url.replace(/\/$/, '');
mkdirSync(shots, { recursive: true });

let step = 'starting Chromium';
let passed = 0;
const problems = [];
function check(condition, what) {
  if (!condition) throw new Error(what);
}
async function run(name, fn) {
  step = name;
  await fn();
  passed += 1;
  console.log(`ok - ${name}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // A CSP violation or a script error is a failure, whatever page it is on.
  // (Pages answered 400/401 on purpose log "Failed to load resource"; a missing sub-resource is
  // caught by the response listener instead.)
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'document' && r.status() >= 400) problems.push(`${r.status()} for ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const shot = (name) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });

  async function signIn(user, password) {
    await page.goto(`${base}/login`);
    await page.fill('#username', user);
    await page.fill('#password', password);
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Sign in")')]);
  }
  async function setPassword(current, fresh) {
    check(page.url().endsWith('/account/password'), `expected the set-password page, got ${page.url()}`);
    await page.fill('#current', current);
    await page.fill('#password', fresh);
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Save password")')]);
  }

  await run('the sign-in page is styled by GOV.UK Frontend and runs its script', async () => {
    await page.goto(`${base}/login`);
    await shot('01-sign-in');
    const font = await page.evaluate(() => getComputedStyle(document.querySelector('h1')).fontFamily);
    check(/GDS Transport|arial|sans-serif/i.test(font), `GOV.UK styles not applied (font ${font})`);
    await page.waitForFunction(() => document.body.classList.contains('govuk-frontend-supported'));
  });

  await run('a wrong password is refused', async () => {
    await signIn('admin', 'not the password');
    check((await page.textContent('.govuk-error-summary')).includes('not right'), 'no error summary');
  });

  await run('admin signs in with the one-off password and sets their own', async () => {
    await signIn('admin', adminPassword);
    await setPassword(adminPassword, 'admin password for the browser test');
  });

  let oneOff = '';
  await run('admin adds a manager who is also an analyst', async () => {
    await page.goto(`${base}/admin/users`);
    await page.fill('#username', 'mgr');
    await page.fill('#display_name', 'Morgan Manager');
    await page.selectOption('#organisation', { label: "Barking and Dagenham children's social care" });
    await page.check('#role-manager');
    await page.check('#role-analyst');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Add user")')]);
    oneOff = (await page.textContent('#one-off-password')).trim();
    check(/^[a-zA-Z0-9]{20}$/.test(oneOff), `no one-off password shown (${oneOff})`);
    await shot('02-admin-new-user');
    await page.goto(`${base}/admin/audit`);
    check((await page.textContent('main')).includes('is intact'), 'audit chain not reported intact');
    await shot('03-audit-log');
  });

  await run('admin signs out', async () => {
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Sign out")')]);
    check((await page.textContent('main')).includes('You have signed out'), 'no signed-out notice');
  });

  await run('the manager signs in and sets a password', async () => {
    await signIn('mgr', oneOff);
    await setPassword(oneOff, 'manager password for the browser test');
  });

  await run('the dashboard shows every indicator for the manager\'s authority, with trends drawn as charts', async () => {
    await page.goto(`${base}/`);
    check((await page.textContent('h1')).includes('Dashboard'), 'no dashboard heading');
    check((await page.textContent('#scope')).includes('Barking and Dagenham'), 'not the organisation\'s authority');
    const rows = await page.$$eval('table.lens-scorecard tbody tr', (r) => r.length);
    check(rows >= 20, `only ${rows} indicator rows`);
    check(await page.$('.lens-rag'), 'no RAG rating (lens demo rates against data/targets/example.csv)');
    await page.waitForSelector('.lens-trend .lens-chart canvas');
    await shot('04-dashboard');
  });

  await run('changing the period reloads the dashboard for it', async () => {
    const options = await page.$$eval('#period option', (o) => o.map((x) => x.value));
    const current = await page.$eval('#period', (s) => s.value);
    const other = options.find((v) => /-Q\d$/.test(v) && v !== current) || options.find((v) => v !== current);
    await page.selectOption('#period', other);
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Show")')]);
    check(page.url().includes(`period=${other}`), `period not in the address (${page.url()})`);
    check((await page.textContent('#scope')).includes(other), `the page is not about ${other}`);
    check((await page.$eval('#period', (s) => s.value)) === other, 'the form does not show the period chosen');
    await shot('05-dashboard-period');
  });

  await run('the exceptions list opens from the dashboard', async () => {
    await Promise.all([page.waitForNavigation(), page.click('#exceptions-banner a')]);
    check((await page.textContent('h1')).includes('Exceptions'), 'no exceptions heading');
    check(await page.$('#exceptions-count'), 'no exceptions count');
    await shot('05b-exceptions');
    await page.goBack();
  });

  await run('an indicator page opens with its definition, figures, breakdowns and trend', async () => {
    await Promise.all([page.waitForNavigation(), page.click('a.lens-indicator-link >> nth=0')]);
    check(/\/indicators\/[a-z0-9_]+\?/.test(page.url()), `not an indicator page: ${page.url()}`);
    check((await page.textContent('#definition-text')).trim().length > 0, 'no definition');
    check(await page.$('#figures-list'), 'no figures');
    check(await page.$('table[data-chart="bar"]'), 'no breakdown table');
    check(await page.$('table[data-chart="line"]'), 'no trend table');
    await page.waitForSelector('.lens-chart canvas');
    await shot('06-indicator');
  });

  await run('the children behind the figure are listed for the manager', async () => {
    await Promise.all([page.waitForNavigation(), page.click('#children-link')]);
    check((await page.textContent('#children-count')).includes('children'), 'no children count');
    const links = await page.$$eval('#children-table tbody a', (a) => a.map((x) => x.getAttribute('href')));
    check(links.length > 0 && links.every((h) => h.startsWith('/children/301/')), `no children listed: ${links.slice(0, 3)}`);
    await shot('06b-indicator-children');
  });

  await run('searching finds a child', async () => {
    await page.goto(`${base}/children`);
    await page.fill('#q', 'DEMO1000');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Search")')]);
    check((await page.textContent('#results-count')).includes('match'), 'no result count');
    await shot('07-children-search');
  });

  await run("the child's chronology reads newest first and filters by event", async () => {
    await Promise.all([page.waitForNavigation(), page.click('#results tbody a >> nth=0')]);
    check((await page.textContent('h1')).startsWith('Child DEMO'), 'not a child page');
    const dates = await page.$$eval('#chronology-table time', (t) => t.map((x) => x.getAttribute('datetime')));
    check(dates.length > 0, 'empty chronology');
    check(dates.every((d, i) => i === 0 || dates[i - 1] >= d), `not newest first: ${dates.join(' ')}`);
    await shot('08-child-chronology');
    await page.selectOption('#type', 'referral');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Filter")')]);
    const kinds = await page.$$eval('#chronology-table tbody tr td:nth-child(2)', (t) => t.map((x) => x.textContent.trim()));
    check(kinds.length > 0 && kinds.every((k) => k === 'Referral'), `filter did not apply: ${kinds.join(', ')}`);
  });

  await run('the timescales list opens', async () => {
    await page.goto(`${base}/timescales`);
    check((await page.textContent('#timescales-count')).includes('overdue'), 'no timescales count');
    await shot('09-timescales');
  });

  await run('uploading a census with an error shows the message and imports nothing', async () => {
    await page.goto(`${base}/data`);
    const before = await page.$$eval('#imports tbody tr', (r) => r.length);
    await page.setInputFiles('#census', `${sourceDir}/tests/cases/cin_intake/impossible_date/census.xml`);
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Upload and import")')]);
    const summary = await page.textContent('.govuk-error-summary');
    check(summary.includes('was not imported'), `no error summary: ${summary}`);
    const problemsText = await page.textContent('#problems');
    check(problemsText.includes('<CPPstartDate> 2019-02-30 is not a date'), `problem not listed: ${problemsText}`);
    const after = await page.$$eval('#imports tbody tr', (r) => r.length);
    check(after === before, 'an import was recorded for a refused file');
    await shot('10-upload-error');
  });

  step = 'checking the browser saw no errors';
  check(problems.length === 0, problems.join('\n'));
  console.log(`${passed} passed, 0 failed`);
} catch (e) {
  console.error(`not ok - ${step}: ${e.message}`);
  console.log(`${passed} passed, 1 failed`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
