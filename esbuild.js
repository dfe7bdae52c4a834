// Builds the extension, its index worker and the CLI as CommonJS bundles for Node,
// and (with --tests / --scripts) transpiles tests, scripts and benchmarks file by file into out/.
//   node esbuild.js               development build with sourcemaps
//   node esbuild.js --production  minified, for packaging
//   node esbuild.js --watch       rebuild on change
//   node esbuild.js --tests       also transpile src/ and test/ into out/ for mocha
//   node esbuild.js --scripts     also transpile src/ and scripts/ into out/, and bundle each benchmark
//                                 into out/bench/ (bundled like the shipped code, so benchmarks time what ships)
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const packageVersion = JSON.parse(fs.readFileSync('package.json', 'utf8')).version;
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');
const scripts = process.argv.includes('--scripts');

/** Reports each build's errors plainly, also in watch mode (the problem matcher in tasks.json reads these lines). */
const problemReporter = {
  name: 'problem-reporter',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd(result => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const bundles = [
  { entryPoints: { extension: 'src/extension.ts' }, external: ['vscode'] },
  { entryPoints: { cli: 'src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { indexWorker: 'src/core/corpus/indexWorker.ts' } },
];

function listTs(dir) {
  return listFiles(dir).filter(p => p.endsWith('.ts') && !p.endsWith('.d.ts'));
}

/**
 * Deletes what an earlier build transpiled from a .ts file that is gone (moved or renamed): Node would still
 * load it, and a stale out/x.js wins over a new out/x/index.js.
 */
function removeStaleOutputs(dirs) {
  for (const dir of dirs) {
    for (const output of listFiles(path.join('out', dir))) {
      const source = path.join(dir, path.relative(path.join('out', dir), output)).replace(/\.js(\.map)?$/, '.ts');
      if (/\.js(\.map)?$/.test(output) && !fs.existsSync(source)) fs.rmSync(output);
    }
  }
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const p = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(p) : [p];
  });
}

// esbuild rewrites every regular expression with a Unicode property escape (/\p{Lu}/u) as `new RegExp(...)`
// for engine targets, since property names vary across Unicode versions (evanw/esbuild#3471), so one written
// inside a function is built again on each call. Node 20 has them all, and the general categories used here
// (L, Lu, Ll, N, M) never change: keep them literals.
const supported = { 'regexp-unicode-property-escapes': true };

async function main() {
  const common = {
    bundle: true, format: 'cjs', platform: 'node', target: 'node20', supported,
    // jsonc-parser's UMD entry loads its parts with a dynamic require esbuild cannot follow; its ESM build bundles.
    mainFields: ['module', 'main'],
    sourcemap: !production, sourcesContent: false, minify: production,
    define: { PACKAGE_VERSION: JSON.stringify(packageVersion) },
    outdir: 'dist', logLevel: watch ? 'silent' : 'error', plugins: watch ? [problemReporter] : [],
  };
  const contexts = await Promise.all(bundles.map(b => esbuild.context({ ...common, ...b })));
  const transpileDirs = [
    'src',
    ...(tests ? ['test'] : []),
    // Tests read the training data's own sentences through the script that reads them for training.
    ...(tests || scripts ? ['scripts'] : []),
  ];
  if (scripts) {
    const benchmarks = fs.readdirSync('bench').filter(name => name.endsWith('.ts')).map(name => path.join('bench', name));
    contexts.push(await esbuild.context({
      ...common, entryPoints: benchmarks, outdir: 'out/bench', minify: false, sourcemap: true,
      // The reference BM25 libraries stay plain requires, as they are installed, and so does esbuild, which the
      // benchmarks that compare two builds bundle them with (bench/commitBuild.ts).
      external: ['minisearch', 'wink-bm25-text-search', 'esbuild'],
    }));
  }
  if (tests || scripts) {
    removeStaleOutputs(transpileDirs);
    contexts.push(await esbuild.context({
      entryPoints: transpileDirs.flatMap(listTs), bundle: false, format: 'cjs', platform: 'node',
      target: 'node20', supported, sourcemap: true, outdir: 'out', outbase: '.',
      logLevel: watch ? 'silent' : 'error', plugins: watch ? [problemReporter] : [],
    }));
  }
  if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
    return;
  }
  try {
    await Promise.all(contexts.map(c => c.rebuild()));
  } finally {
    await Promise.all(contexts.map(c => c.dispose()));
  }
}

main().catch(error => {
  console.error(error.message ?? error);
  process.exit(1);
});
