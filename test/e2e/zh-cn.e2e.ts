// The zh-CN app in Chromium: the Chinese on its login page is drawn with real glyphs, not the
// empty boxes ("tofu") a browser draws where no font has the character. .ci/run installs a CJK
// font (Debian's fonts-wqy-microhei) for this; without one the test fails, as it should.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness.js';

/** One character drawn alone, big, in the page's own font stack: its PNG and its width in em. */
async function drawCharacter(page: Page, character: string): Promise<{ png: Buffer; widthEm: number }> {
  const box = page.locator('#glyph-probe');
  await page.evaluate((text) => {
    let probe = document.getElementById('glyph-probe');
    if (!probe) {
      probe = document.createElement('span');
      probe.id = 'glyph-probe';
      probe.style.cssText = 'font-size:64px;line-height:1;display:inline-block;padding:4px;background:#fff;color:#000';
      document.querySelector('h1')!.after(probe);
    }
    probe.textContent = text;
  }, character);
  const widthEm = await box.evaluate((probe) => (probe.getBoundingClientRect().width - 8) / 64);
  return { png: await box.screenshot(), widthEm };
}

describe('the zh-CN app in Chromium', () => {
  const visit = browserSuite(5, 'zh-CN');

  it('the login page says 登录 in real Chinese glyphs: each character its own shape, a full em wide', async () => {
    const { page, app } = visit;
    await page.goto(`${app.url}/login`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.locator('h1').innerText()).resolves.toBe('登录');
    await expect(page.locator('body').innerText()).resolves.toMatch(/用户名或邮箱[\s\S]*密码[\s\S]*记住我/);
    // Every character the page heading shows, and two more from its form: tofu boxes all look
    // alike, real glyphs never do.
    const drawn: Array<{ character: string; png: Buffer; widthEm: number }> = [];
    for (const character of '登录用户') drawn.push({ character, ...(await drawCharacter(page, character)) }); // one probe, drawn in turn
    for (const { character, widthEm } of drawn)
      expect(widthEm, `${character} is drawn ${widthEm.toFixed(2)} em wide`).toBeGreaterThan(0.85);
    const distinct = new Set(drawn.map(({ png }) => png.toString('base64')));
    expect(distinct.size, 'characters that look the same: tofu, no CJK font').toBe(drawn.length);
  });
});
