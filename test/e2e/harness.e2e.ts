// The browser tests' own checks can fail: a page that reaches for another host, and a page
// without the app's look, are caught (and the other host is never reached).
import { describe, expect, it } from 'vitest';
import { launchBrowser, serveOtherSite } from './browser.js';
import { expectOnlyLocalRequests, expectStyled, recordRequests } from './harness.js';

describe('the browser harness', () => {
  it('catches a request to another host, which Chromium cannot resolve', async () => {
    const site = await serveOtherSite(
      '<!doctype html><html lang="en"><body><img src="http://evil.example/pixel.png" alt=""></body></html>',
    );
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      const requests = recordRequests(context);
      const failures: string[] = [];
      context.on('requestfailed', (request) => failures.push(`${new URL(request.url()).hostname} ${request.failure()?.errorText}`));
      const page = await context.newPage();
      await page.goto(site.url, { waitUntil: 'load' });
      expect(() => expectOnlyLocalRequests(requests)).toThrow(/evil\.example/);
      expect(failures).toEqual(['evil.example net::ERR_NAME_NOT_RESOLVED']);
      // An unstyled page, with no viewport and none of the app's stylesheets, fails the look check.
      await expect(expectStyled(page, requests)).rejects.toThrow(/viewport/);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
