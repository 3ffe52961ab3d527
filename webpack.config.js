// Builds the task pane (taskpane.html) and the ribbon command page (commands.html) into dist/.
//
// Settings (environment variables, or `--env NAME=value`):
//   OFFICE_JS_SOURCE  where the pages load Office.js from:
//                       cdn   (default) Microsoft's CDN
//                       cn    the CDN for Office 365 operated by 21Vianet (世纪互联) in China
//                       local a copy served next to the pages (dist/office-js/), for offline networks
//   ADDIN_URL         production only: the https address dist/ is served from. Every
//                     https://localhost:3000/ in manifest.xml is rewritten to it in dist/manifest.xml.
//
// Office.js is always a <script> in the page <head>; it is never bundled or imported.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

const OFFICE_JS_URLS = {
  cdn: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  cn: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
  local: 'office-js/office.js',
};

const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

function setting(env, name, fallback) {
  const value = env[name] ?? process.env[name];
  return value === undefined || value === '' ? fallback : String(value);
}

function officeJsSource(env) {
  const source = setting(env, 'OFFICE_JS_SOURCE', 'cdn').toLowerCase();
  if (!Object.hasOwn(OFFICE_JS_URLS, source)) {
    throw new Error(
      `OFFICE_JS_SOURCE must be one of ${Object.keys(OFFICE_JS_URLS).join(', ')}; got "${source}".`,
    );
  }
  return source;
}

/** The https base URL the production build is served from, always ending in "/". */
function addinUrl(env) {
  const raw = setting(env, 'ADDIN_URL', undefined);
  if (raw === undefined) {
    console.warn(
      `[build] ADDIN_URL is not set: dist/manifest.xml keeps ${DEV_URL}. ` +
        'Set ADDIN_URL=https://your.server/path/ to deploy. (未设置 ADDIN_URL，清单仍指向本机开发地址。)',
    );
    return DEV_URL;
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: "${raw}".`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must be an https URL; got "${raw}".`);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Points the development manifest at `baseUrl`: page/asset URLs get the full base, AppDomains its origin. */
function rewriteManifest(xml, baseUrl) {
  if (baseUrl === DEV_URL) return xml;
  const origin = new URL(baseUrl).origin;
  return xml.replaceAll(DEV_URL, baseUrl).replaceAll(DEV_URL.slice(0, -1), origin);
}

/** HTTPS for the dev server: office-addin-dev-certs' certificate when present, else a self-signed one. */
function devServerHttps() {
  const cert = path.join(CERT_DIR, 'localhost.crt');
  const key = path.join(CERT_DIR, 'localhost.key');
  const ca = path.join(CERT_DIR, 'ca.crt');
  if (fs.existsSync(cert) && fs.existsSync(key)) {
    const options = { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
    if (fs.existsSync(ca)) options.ca = fs.readFileSync(ca);
    return { type: 'https', options };
  }
  return 'https'; // webpack-dev-server generates a self-signed certificate
}

/**
 * The pages' Content-Security-Policy: scripts only from this site and the chosen Office.js source, no eval,
 * no plugins, nothing posted anywhere. Styles may be inline because Fluent UI (Griffel) inserts them at run time.
 */
function contentSecurityPolicy(source, production) {
  const office = source === 'local' ? '' : new URL(OFFICE_JS_URLS[source]).origin;
  const live = production ? '' : ` wss://localhost:${DEV_PORT}`;
  return [
    "default-src 'self'",
    `script-src 'self'${office ? ` ${office}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${office ? ` ${office}` : ''}${live}`,
    `frame-src 'self'${office ? ` ${office}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const source = officeJsSource(env);
  const officeJsTag = `<script type="text/javascript" src="${OFFICE_JS_URLS[source]}"></script>`;
  // The pane does not wait for Office.js (startup/office-state.js says when it has come): a hang never blanks it.
  const paneOfficeJsTag = `<script async src="${OFFICE_JS_URLS[source]}"></script>`;
  const csp = contentSecurityPolicy(source, production);
  const baseUrl = production ? addinUrl(env) : DEV_URL;

  const copyPatterns = [
    { from: 'assets', to: 'assets' },
    // The webview check runs unbundled, before the bundles, so that an old webview can still run it.
    { from: 'src/startup', to: 'startup' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => rewriteManifest(content.toString(), baseUrl),
    },
  ];
  if (source === 'local') {
    copyPatterns.push({ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js' });
  }

  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps, even in development: the pages' CSP forbids eval.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // Office.js must come from the <script> tag, never from the bundle.
      alias: { '@microsoft/office-js': false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Transpile only: `npm run typecheck` (part of `npm test`) checks the types.
            options: { configFile: 'tsconfig.build.json', transpileOnly: true },
          },
        },
      ],
    },
    optimization: {
      splitChunks: { chunks: 'all' },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        officeJsTag: paneOfficeJsTag,
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        officeJsTag,
        csp,
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    devServer: {
      host: 'localhost',
      port: DEV_PORT,
      server: devServerHttps(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
