/**
 * The demo page, end to end, in Debian's Chromium driven by playwright-core:
 * it is built, served on localhost, given the reference article and a short
 * text, and the holders it shows are checked against the gold.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GoldFile } from '../src/eval/score.js';

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));
const site = path.join(root, 'examples/web/dist');
const fixtures = path.join(root, 'fixtures');
const gold = JSON.parse(fs.readFileSync(path.join(fixtures, 'thaad-2017-china-daily.gold.json'), 'utf8')) as GoldFile;
const reference = fs.readFileSync(path.join(fixtures, gold.text), 'utf8');

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain' };

describe.skipIf(!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(root, 'dist/index.js')))(
  'the demo page in Chromium (needs /usr/bin/chromium and a build)',
  () => {
    let server: http.Server;
    let browser: Browser;
    let url = '';

    beforeAll(async () => {
      await build({ configFile: path.join(root, 'examples/web/vite.config.ts'), logLevel: 'error' });
      server = http.createServer((req, res) => {
        const file = path.join(site, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html'));
        if (!file.startsWith(site) || !fs.existsSync(file)) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
    });

    it('shows the holders of the reference article, then of a typed text', async () => {
      const page = await browser.newPage({ viewport: { width: 1300, height: 1500 } });
      await page.goto(url);
      const started = Date.now();
      await page.fill('#text', reference);
      await page.waitForFunction(() => /stances in/.test(document.querySelector('#status')?.textContent ?? ''), undefined, {
        timeout: 60_000,
      });
      const pasteToResultMs = Date.now() - started;

      const shown = await page.$$eval('#sentences li', (lis) =>
        lis.map((li) => ({ text: li.textContent ?? '', holders: (li as HTMLElement).dataset.holders ?? '' })),
      );
      let checked = 0;
      for (const s of gold.sentences) {
        const li = shown.find((x) => x.text.includes(s.anchor.split('\n')[0] as string));
        expect(li, s.anchor).toBeDefined();
        expect(li?.holders.split(',').filter(Boolean).sort(), s.anchor).toEqual([...s.holders].sort());
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(6);
      // the cue is underlined, the holder is a label as well as a colour
      expect(await page.$$eval('#sentences li u', (us) => us.length)).toBeGreaterThan(5);
      expect(await page.$$eval('#sentences li .tag', (ts) => ts.map((t) => t.textContent))).toContain('both');
      expect(await page.$$eval('#rows tr', (trs) => trs.length)).toBeGreaterThan(10);
      // the README's picture; rewritten only on request (UPDATE_SCREENSHOT=1), since the page shows a timing
      const shot = path.join(root, 'docs/web.png');
      await page.screenshot({
        path: process.env.UPDATE_SCREENSHOT || !fs.existsSync(shot) ? shot : path.join(os.tmpdir(), 'stances-web.png'),
      });

      await page.fill('#text', '');
      await page.type('#text', 'Beijing and Seoul agreed to talk. Japan objected. The ROK hopes for peace.');
      await page.waitForFunction(() => /of 3 sentences/.test(document.querySelector('#status')?.textContent ?? ''), undefined, {
        timeout: 30_000,
      });
      const typed = await page.$$eval('#sentences li', (lis) => lis.map((li) => (li as HTMLElement).dataset.holders));
      expect(typed).toEqual(['both', '', 'ROK']);

      // the filter keeps only the chosen holder's rows
      await page.selectOption('#filter-holder', 'ROK');
      expect(await page.$$eval('#rows tr td:nth-child(2)', (tds) => tds.map((t) => t.textContent))).toEqual(['ROK']);

      const gzip = fs
        .readdirSync(path.join(site, 'assets'))
        .map((f) => zlib.gzipSync(fs.readFileSync(path.join(site, 'assets', f))).length)
        .reduce((a, b) => a + b, zlib.gzipSync(fs.readFileSync(path.join(site, 'index.html'))).length);
      console.log(`web page: ${(gzip / 1024).toFixed(0)} KB gzip in all; reference article pasted to result in ${pasteToResultMs} ms`);
    }, 120_000);
  },
);
