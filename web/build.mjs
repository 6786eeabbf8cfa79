// Builds the pages' one script, server/static/ticket.js, from ticket.js and
// the locked packages in package-lock.json. `node build.mjs --check`
// rebuilds it in memory and fails if the committed file differs.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// privacypass-ts's util.js imports an ASN.1 parser for its RSA token types
// only; nothing of it runs for VOPRF tokens, so it may be left out.
const rsaOnly = {
  name: 'rsa-only',
  setup(b) {
    b.onResolve({ filter: /^(asn1js|pvtsutils|pvutils)$/ }, () => ({
      path: 'rsa-only',
      namespace: 'rsa-only',
    }));
    b.onLoad({ filter: /.*/, namespace: 'rsa-only' }, () => ({ contents: 'export {}' }));
  },
};

const out = fileURLToPath(new URL('../server/static/ticket.js', import.meta.url));
const result = await build({
  entryPoints: [fileURLToPath(new URL('ticket.js', import.meta.url))],
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  platform: 'browser',
  legalComments: 'eof',
  charset: 'utf8',
  plugins: [rsaOnly],
  write: false,
});
const built = result.outputFiles[0].contents;
if (process.argv.includes('--check')) {
  const committed = readFileSync(out);
  if (Buffer.compare(Buffer.from(built), committed) !== 0) {
    console.error(`${out} differs from a fresh build: run node web/build.mjs`);
    process.exit(1);
  }
  console.log(`${out}: the same as a fresh build (${committed.length} bytes)`);
} else {
  writeFileSync(out, built);
  console.log(`wrote ${out} (${built.length} bytes)`);
}
