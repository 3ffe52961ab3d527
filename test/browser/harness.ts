import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');

/** Debian's Chromium (apt-get install chromium); tests never download a browser of their own. */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Says plainly that the browser tests cannot run here; in CI a missing browser is a failure. */
export function browserMissing(): boolean {
  if (CHROMIUM) return false;
  if (process.env['CI'])
    throw new Error('Chromium is not installed (apt-get install chromium): the pane tests cannot run.');
  console.warn('未找到 Chromium（apt-get install chromium）：本机未运行任务窗格的浏览器测试。');
  return true;
}

/** Builds the pane with webpack (production) into `dir`. */
export async function buildPane(dir: string): Promise<void> {
  const webpack = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  await promisify(execFile)(process.execPath, [webpack, '--mode', 'production', '--output-path', dir], {
    cwd: ROOT,
    env: { ...process.env, OFFICE_JS_SOURCE: 'cdn' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.css': 'text/css',
};

/** Serves a folder on 127.0.0.1 (a free port); the pane's file mode needs nothing more. */
export async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    readFile(join(dir, path === '/' ? 'taskpane.html' : path)).then(
      (body) => {
        response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
        response.end(body);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${String(port)}/`, server };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Where screenshots go: kept as test artefacts (CI can collect them). */
export const ARTEFACTS = join(ROOT, 'test-artifacts');
