// Builds the pane (taskpane.html) and the ribbon commands (commands.html) into dist/, with the assets and a
// manifest whose URLs point at MINUTEBOOK_URL. `npm run build` = production; `npm start` serves it on
// https://localhost:3000 with the certificates scripts/start.mjs puts in .certs/ (or MINUTEBOOK_CERT_DIR).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { resolveAddinUrl, rewriteManifest } = require('./scripts/addin-url.cjs');

const root = __dirname;
const at = (...parts) => path.join(root, ...parts);

function fail(message) {
  console.error(`\nMinutebook build: ${message}\n`);
  process.exit(1);
}

/** Certificates for the dev server: MINUTEBOOK_CERT_DIR, else .certs/, else office-addin-dev-certs' folder. */
function httpsOptions() {
  const candidates = [
    process.env.MINUTEBOOK_CERT_DIR,
    at('.certs'),
    path.join(os.homedir(), '.office-addin-dev-certs'),
  ];
  const dir = candidates.find((d) => d && fs.existsSync(path.join(d, 'localhost.crt')));
  if (!dir)
    fail(
      'no HTTPS certificates found in .certs/ or ~/.office-addin-dev-certs. Run `npm start` (it creates them).',
    );
  return {
    key: fs.readFileSync(path.join(dir, 'localhost.key')),
    cert: fs.readFileSync(path.join(dir, 'localhost.crt')),
    ca: fs.readFileSync(path.join(dir, 'ca.crt')),
  };
}

/**
 * The in-Word test kit (`npm run build:kit`, `webpack --env kit`): its own entry (tests/kit/pane), page and
 * manifest, built into dist-kit/ so nothing of it reaches the product bundle in dist/.
 */
function kitConfig(production) {
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    devtool: false,
    entry: { kit: './tests/kit/pane/index.tsx' },
    output: { path: at('dist-kit'), filename: '[name].js', publicPath: 'auto', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'kit.html', template: './tests/kit/pane/kit.html', chunks: ['kit'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest-kit.xml', to: 'manifest-kit.xml' },
        ],
      }),
    ],
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  if (env.kit) return kitConfig(production);
  let target;
  try {
    target = resolveAddinUrl(process.env);
  } catch (error) {
    fail(error.message);
  }
  if (production && target.isDefault) {
    console.warn(
      'Minutebook build: MINUTEBOOK_URL is not set; dist/manifest.xml points at https://localhost:3000/.',
    );
  }

  return {
    mode: production ? 'production' : 'development',
    // Modern engines only (WebView2, Safari, Chromium); older ones get the too-old page from taskpane.html.
    target: ['web', 'es2020'],
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: at('dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      alias: {
        // exceljs' "browser" build bundles core-js polyfills; the bare build is the same library without them.
        exceljs$: require.resolve('exceljs/dist/exceljs.bare.min.js'),
      },
    },
    module: {
      // Already a self-contained UMD bundle: parsing it only produces "critical dependency" warnings.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.bare\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      // HTML stays as written: the loader script in taskpane.html must remain ES3 for Internet Explorer,
      // and a JS minifier targeting ES2020 may rewrite it (arrow functions).
      minimizeOptions: { html: false },
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // React and Fluent change rarely: one cacheable vendor file for the pane.
          vendor: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers|use-sync-external-store)[\\/]/,
            name: 'vendor',
            chunks: 'initial',
            priority: 10,
          },
          // exceljs is imported lazily by the XLSX export: keep it one named async chunk.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: 'exceljs',
            chunks: 'async',
            priority: 20,
          },
        },
      },
    },
    performance: {
      // The real budget is checked by scripts/measure-bundle.mjs (gzip -9 of everything taskpane.html loads).
      hints: false,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        // The template's own loader adds the bundle, and only on engines that can run it.
        inject: false,
        minify: false,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content.toString('utf8'), target),
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          port: 3000,
          host: 'localhost',
          server: { type: 'https', options: httpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          hot: false,
          liveReload: true,
          client: { overlay: { warnings: false, errors: true } },
          static: false,
        }
      : undefined,
  };
};
