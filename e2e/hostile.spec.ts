import { expect, test } from '@playwright/test';
import { HOSTILE } from './hostile-cases';
import { rawRequest, type RawResponse } from './http';
import { column, pasteField, pasteResult, pasteSubmit } from './selectors';

// What must never reach a client: a stack trace, a file path of the server, a file's content from outside content/.
const LEAKS = /\n\s+at \S+ \(|\bat (?:async )?\S+ \((?:\/|file:)|node_modules\/|\/work\/|webpack-internal|ENOENT|EACCES|URIError|TypeError|SyntaxError|RangeError|root:x:0:0|"devDependencies"/;

test.describe('hostile requests get their documented status and a clear message', () => {
  expect(HOSTILE.length).toBeGreaterThanOrEqual(30);

  for (const c of HOSTILE) {
    test(`${c.name} → ${c.status}`, async ({ baseURL }) => {
      let response: RawResponse = await rawRequest(baseURL!, { method: c.method, path: c.path, headers: c.headers, body: c.body });
      if (c.redirect !== undefined) {
        expect(response.status).toBe(307);
        expect(response.headers.location).toBe(c.redirect);
        response = await rawRequest(baseURL!, { path: c.redirect });
      }
      expect(response.status).toBe(c.status);
      expect(response.status).toBeLessThan(500);
      const isJson = String(response.headers['content-type']).startsWith('application/json');
      if (isJson && response.status >= 400) {
        const { error } = JSON.parse(response.body);
        expect(error.code).toBe(c.says);
        expect(error.message).toMatch(/\w{3,}.*\w{3,}/);
      } else {
        // A 404 page carries its message in the HTML or in the payload the browser renders it from.
        expect(response.body).toContain(c.says);
      }
      expect(response.body).not.toMatch(LEAKS);
    });
  }
});

test.describe('hostile text on the read page stays text', () => {
  const HOSTILE_TEXT = [
    '<script>window.__pwned = 1</script>',
    '<img src="x" onerror="window.__pwned = 2">',
    '<a href="javascript:window.__pwned=3">click</a> <b>bold</b>',
    '\u202eThe GNA\u202c {{constructor.constructor("window.__pwned=4")()}}',
  ].join('\n\n');

  test('markup is shown as written, no script runs, no element is created', async ({ page }) => {
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    await page.goto('/en/read');
    await pasteField(page, 'en').fill(HOSTILE_TEXT);
    await pasteSubmit(page).click();
    const en = column(page, 'en');
    await expect(en.locator('[data-term="gna"]')).toHaveText('GNA');
    await expect(en).toContainText('<script>window.__pwned = 1</script>');
    await expect(en).toContainText('<img src="x" onerror="window.__pwned = 2">');
    await expect(en).toContainText('<b>bold</b>');
    await expect(pasteResult(page).locator('script, img, b, a[href^="javascript"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // After a reload the text comes back from browser storage, still inert.
    await page.reload();
    await expect(column(page, 'en')).toContainText('<script>window.__pwned = 1</script>');
    await expect(pasteResult(page).locator('script, img, b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
