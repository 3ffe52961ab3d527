/**
 * What the pane's browser tests and the bench share: Debian's Chromium, a production build of the pane
 * (built once and kept while it is newer than every source), and a static server. Callers pass the
 * repository's root.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

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

/** Builds the pane with webpack (production, Office.js from the CDN) into `dir`. */
export async function buildPane(root: string, dir: string): Promise<void> {
  const webpack = join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  await promisify(execFile)(process.execPath, [webpack, '--mode', 'production', '--output-path', dir], {
    cwd: root,
    env: { ...process.env, OFFICE_JS_SOURCE: 'cdn' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** What a pane build is made from: a build older than any of these is stale. */
const PANE_SOURCES = [
  'src',
  'assets',
  'webpack.config.js',
  'tsconfig.build.json',
  'package-lock.json',
  'manifest.xml',
];

/** The newest modification time of a file, or of every file below a folder. */
async function newest(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let time = 0;
  for (const entry of await readdir(path, { recursive: true })) {
    const s = await stat(join(path, entry));
    if (s.isFile()) time = Math.max(time, s.mtimeMs);
  }
  return time;
}

/** The src attributes of a page's script tags that point into the build (not Office.js on its CDN). */
export function pageScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    const src = match[1] ?? match[2] ?? match[3] ?? '';
    if (src && !/^(https?:)?\/\//.test(src)) found.push(src);
  }
  return found;
}

/** Why the build in `dir` cannot be used as it is, or null when it is a production build newer than its sources. */
export async function staleness(root: string, dir: string): Promise<string | null> {
  const page = join(dir, 'taskpane.html');
  if (!existsSync(page)) return `${dir} has no build`;
  const builtAt = (await stat(page)).mtimeMs;
  for (const source of PANE_SOURCES) {
    const path = join(root, source);
    if (existsSync(path) && (await newest(path)) > builtAt) return `${source} changed since ${dir} was built`;
  }
  const entry = pageScripts(await readFile(page, 'utf8'));
  if (!entry.every((src) => /\.[0-9a-f]{8}\.js$/.test(src))) return `${dir} holds a development build`;
  if (!entry.every((src) => existsSync(join(dir, src)))) return `${dir} is incomplete`;
  return null;
}

const LOCK_WAIT_MS = 5 * 60_000;

/**
 * The pane's production build for the browser tests, in build/pane-test: reused while it is newer than
 * every source, else built once. Jest runs test files in parallel processes; a lock folder makes the second
 * wait for the first's build instead of building it again.
 */
export async function testPane(root: string): Promise<string> {
  const shared = join(root, 'build', 'pane-test');
  const lock = `${shared}.lock`;
  await mkdir(join(root, 'build'), { recursive: true });
  const started = Date.now();
  for (;;) {
    if ((await staleness(root, shared)) === null) return shared;
    try {
      await mkdir(lock);
      break;
    } catch {
      // Another test file is building it; a lock older than the wait is left from a killed run.
      const age =
        Date.now() -
        (await stat(lock).then(
          (s) => s.mtimeMs,
          () => Date.now(),
        ));
      if (age > LOCK_WAIT_MS || Date.now() - started > LOCK_WAIT_MS)
        await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if ((await staleness(root, shared)) === null) return shared;
    const fresh = `${shared}.new`;
    await rm(fresh, { recursive: true, force: true });
    await buildPane(root, fresh);
    await rm(shared, { recursive: true, force: true });
    await rename(fresh, shared);
    return shared;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
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
