// Opens the platform dashboard in Debian's headless Chromium and reports what a user sees, as JSON on stdout; the
// assertions live in tests/python/test_dashboard.py.   node browser.mjs <dashboard url> <screenshot.png>
import { chromium } from 'playwright-core';

const [url, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  const title = await page.title();
  const components = await page.$$eval('#components tbody tr', (rows) => rows.map((row) => {
    const badge = row.querySelector('.state');
    return {
      workload: row.dataset.workload,
      state: badge.textContent.trim(),
      badgeBackground: getComputedStyle(badge).backgroundColor,
      link: row.querySelector('a.ui-link')?.href ?? null,
    };
  }));
  const summary = (await page.textContent('#summary')).trim();
  const metrics = await page.$$eval('#metrics div', (items) => items.map((i) => [i.querySelector('dt').textContent, i.querySelector('dd').textContent]));
  await page.screenshot({ path: screenshot, fullPage: true });

  await page.click('nav >> text=Pipelines');
  await page.waitForURL('**/pipeline-management');
  const pipelines = await page.$$eval('#pipelines tbody tr[data-pipeline]', (rows) => rows.map((row) => ({
    pipeline: row.dataset.pipeline,
    state: row.querySelector('.state').textContent.trim(),
  })));
  const dags = await page.$$eval('#dags tbody tr[data-dag]', (rows) => rows.map((row) => ({
    dag: row.dataset.dag,
    state: row.querySelector('.state').textContent.trim(),
  })));
  process.stdout.write(JSON.stringify({ title, summary, components, metrics, pipelines, dags }));
} finally {
  await browser.close();
}
