// `npm start`: make sure a localhost certificate exists, serve the add-in on https://localhost:3000/ with
// webpack-dev-server and explain how to load it. Never fails because a certificate could not be trusted
// (on Linux that needs sudo): it serves anyway and says how to trust it.
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:https';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const URL_BASE = 'https://localhost:3000/';
const CERT_DIR = join(homedir(), '.office-addin-dev-certs');
const CERT = join(CERT_DIR, 'localhost.crt');
const KEY = join(CERT_DIR, 'localhost.key');
const CA = join(CERT_DIR, 'ca.crt');
const DAY_MS = 24 * 60 * 60 * 1000;

/** True when the certificate and key exist and the certificate is valid for at least another day. */
function certificateUsable() {
  if (!existsSync(CERT) || !existsSync(KEY)) return false;
  try {
    const cert = new X509Certificate(readFileSync(CERT));
    return Date.parse(cert.validTo) - Date.now() > DAY_MS;
  } catch {
    return false;
  }
}

function firstLine(error) {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}

/**
 * Uses office-addin-dev-certs to create (and, where the platform allows, trust) a localhost certificate.
 * Returns 'certs' when ~/.office-addin-dev-certs can be used, or 'self-signed' when webpack-dev-server
 * must make its own.
 */
async function ensureCertificates() {
  let devCerts;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch (error) {
    console.warn(`[start] office-addin-dev-certs is not available (${firstLine(error)}).`);
    return certificateUsable() ? 'certs' : 'self-signed';
  }

  const linux = process.platform === 'linux';
  // On Windows and macOS this also checks that the CA is trusted and installs it if needed.
  // On Linux, installing needs sudo; do not regenerate certificates the user may already trust.
  if (!certificateUsable() || !linux) {
    try {
      await devCerts.ensureCertificatesAreInstalled();
    } catch (error) {
      console.warn(
        `[start] The development certificate could not be trusted automatically: ${firstLine(error)}`,
      );
    }
  }
  if (!certificateUsable()) {
    try {
      await devCerts.generateCertificates();
    } catch (error) {
      console.warn(`[start] Could not create a development certificate: ${firstLine(error)}`);
    }
  }
  return certificateUsable() ? 'certs' : 'self-signed';
}

/** Resolves once the dev server answers (any status), or after `timeoutMs`. */
async function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const up = await new Promise((done) => {
      const request = get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
        response.resume();
        done(true);
      });
      request.on('error', () => done(false));
      request.on('timeout', () => {
        request.destroy();
        done(false);
      });
    });
    if (up) return true;
    await new Promise((wait) => setTimeout(wait, 1000));
  }
  return false;
}

function printGuide(certMode) {
  const manifest = join(ROOT, 'manifest.xml');
  const trust =
    certMode === 'certs'
      ? [
          `  证书 / Certificate: ${CERT}`,
          ...(process.platform === 'linux'
            ? [
                '  Linux 上需手动信任开发用 CA / On Linux, trust the development CA yourself:',
                `    sudo cp ${CA} /usr/local/share/ca-certificates/office-addin-dev-certs.crt && sudo update-ca-certificates`,
                '  Chrome/Chromium 使用自己的证书库 / Chrome and Chromium use their own store (package libnss3-tools):',
                `    certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ${CA}`,
                `  或在浏览器中打开 ${URL_BASE}taskpane.html 并接受一次警告。`,
                `  Or open ${URL_BASE}taskpane.html once and accept the warning.`,
              ]
            : []),
        ]
      : [
          '  未找到开发证书，使用 webpack-dev-server 自签名证书；请在浏览器中打开下面的地址并接受一次警告。',
          '  No development certificate: webpack-dev-server uses a self-signed one. Open the address below',
          '  once in the browser and accept the warning (Excel on the web needs the page to load).',
        ];

  console.log(
    [
      '',
      '────────────────────────────────────────────────────────────────────────',
      `绩效自评助手开发服务器已启动 / Development server running: ${URL_BASE}`,
      '',
      '文件模式（任何浏览器，包括 WPS 用户）/ File mode (any browser):',
      `  ${URL_BASE}taskpane.html`,
      '',
      'Excel 网页版 / Excel on the web:',
      '  开始 › 加载项 › 更多设置 › 上传我的加载项 → 选择 manifest.xml',
      '  Home › Add-ins › More Settings › Upload My Add-in → choose manifest.xml',
      `  ${manifest}`,
      '',
      'Windows / Mac 版 Excel / Excel on Windows or Mac (在该电脑上运行 / run on that computer):',
      '  npx office-addin-debugging start manifest.xml',
      '  或将 manifest.xml 放入共享文件夹，在 信任中心 › 受信任的加载项目录 中添加该文件夹。',
      '  Or put manifest.xml in a shared folder and add it under Trust Center › Trusted Add-in Catalogs.',
      '  (Linux 上无法旁加载到桌面版 Excel / desktop Excel sideloading is not available on Linux.)',
      '',
      '证书 / HTTPS:',
      ...trust,
      '',
      '按 Ctrl+C 停止 / Press Ctrl+C to stop.',
      '────────────────────────────────────────────────────────────────────────',
      '',
    ].join('\n'),
  );
}

const certMode = await ensureCertificates();
const webpackCli = require.resolve('webpack-cli/bin/cli.js');
const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
  cwd: ROOT,
  stdio: 'inherit',
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});

if (await waitForServer(`${URL_BASE}taskpane.html`, 180_000)) {
  if (server.exitCode === null) printGuide(certMode);
} else if (server.exitCode === null) {
  console.warn(`[start] ${URL_BASE} did not answer within 3 minutes. (开发服务器 3 分钟内未响应。)`);
}
