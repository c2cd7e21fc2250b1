// Renders build/icon.svg to the PNGs the installers need, in Debian's Chromium:
// build/icon.png (1024 px: electron-builder derives the Windows .ico and macOS .icns
// from it) and build/icons/NxN.png (the Linux AppImage and deb icon set).
// Run `node scripts/make-icons.mjs` after changing the SVG, and commit the PNGs.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BUILD = 'build';
const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

const svg = fs.readFileSync(path.join(BUILD, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  const render = async (size, file) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`${file} (${size}×${size})`);
  };
  await render(1024, path.join(BUILD, 'icon.png'));
  fs.mkdirSync(path.join(BUILD, 'icons'), { recursive: true });
  for (const size of LINUX_ICON_SIZES) await render(size, path.join(BUILD, 'icons', `${size}x${size}.png`));
} finally {
  await browser.close();
}
