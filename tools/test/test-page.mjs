/**
 * The page every browser test file runs in. Besides the test framework it holds one focusable
 * element after <body>, standing for the rest of a host page: pressing Tab on a widget's last
 * control then leaves the widget in every engine. Without it Chromium moves focus to <body>,
 * WebKit under WebKitWebDriver keeps it where it was (no blur at all), and Firefox moves it into
 * its own toolbar, after which the document no longer has focus and later key presses go astray.
 */
export function testRunnerHtml(testFramework) {
  return `<!DOCTYPE html>
<html><head></head><body>
<script>
  {
    // After <body>, so that it follows every fixture; set through the CSSOM, so no style-src applies.
    const after = document.createElement('button');
    after.id = 'wtr-after-page';
    after.type = 'button';
    after.textContent = 'after the page';
    after.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;padding:0;border:0;opacity:0;overflow:hidden';
    document.documentElement.append(after);
  }
</script>
<script type="module" src="${testFramework}"></script>
</body></html>`;
}
