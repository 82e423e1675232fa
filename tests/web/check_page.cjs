// Opens carte.html in Chromium with no network (every request but file:// aborted) and
// prints what a reader would see, as one JSON report on stdout, for test_browser.cpp.
//
//   NODE_PATH=BUILD/web/node_modules node check_page.cjs PAGE.html SCREENSHOT.png NUMBER
// NUMBER is the partner whose marker is clicked. ALENTOUR_CHROMIUM overrides the browser.
'use strict';

const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const textOf = (page, selector) => page.$eval(selector, (node) => node.textContent.replace(/\s+/g, ' ').trim());

async function check(page, screenshot, number) {
  const report = { console_errors: [], page_errors: [], network_requests: [], tile_requests: 0 };
  // Until the reader asks for the online background, nothing may fail, nor be asked for.
  let offline = true;
  page.on('console', (message) => {
    if (message.type() === 'error' && offline) report.console_errors.push(message.text());
  });
  page.on('pageerror', (error) => report.page_errors.push(String(error)));
  await page.route((url) => url.protocol !== 'file:', (route) => {
    const url = route.request().url();
    if (/^https:\/\/tile\.openstreetmap\.org\//.test(url)) report.tile_requests += 1;
    if (offline) report.network_requests.push(url);
    return route.abort();
  });

  await page.goto(pathToFileURL(path.resolve(process.argv[2])).href, { waitUntil: 'load' });
  await page.waitForFunction(() => window.alentourCarte !== undefined, null, { timeout: 10000 });
  const summary = await page.evaluate(() => ({ leaflet: window.alentourCarte.leaflet, background: window.alentourCarte.background() }));
  report.leaflet = summary.leaflet;
  report.background_offline = summary.background;
  report.markers = await page.locator('.alentour-partner').count();
  report.band_paths = await page.locator('path.alentour-band').count();

  await page.locator('.alentour-partner .numero[data-number="' + number + '"]').click({ timeout: 10000 });
  await page.waitForSelector('.leaflet-popup-content', { timeout: 5000 });
  report.popup = await textOf(page, '.leaflet-popup-content');
  report.switcher = await textOf(page, '.leaflet-control-layers-list');
  report.legend = await textOf(page, '.legende');
  // What a reader sees: hidden lines (bands not on the map) left out.
  report.legend_visible = await page.$eval('.legende', (node) => node.innerText.replace(/\s+/g, ' ').trim());
  await page.screenshot({ path: screenshot });

  offline = false;
  await page.locator('.leaflet-control-layers-base label', { hasText: 'OpenStreetMap' }).locator('input').check();
  await page.waitForTimeout(1000);
  report.background = await page.evaluate(() => window.alentourCarte.background());
  return report;
}

async function main() {
  const [pagePath, screenshot, number] = process.argv.slice(2);
  if (!pagePath || !screenshot || !number) throw new Error('usage: node check_page.cjs PAGE.html SCREENSHOT.png NUMBER');
  const browser = await chromium.launch({
    executablePath: process.env.ALENTOUR_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // Test machines and containers often run as root, where Chromium's sandbox cannot start.
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const report = await check(page, screenshot, number);
    process.stdout.write(JSON.stringify(report) + '\n');
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.stderr.write('check_page: ' + (error && error.stack ? error.stack : String(error)) + '\n');
  process.exit(1);
});
