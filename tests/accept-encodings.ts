// Accept-Encoding values and the encoding the server answers with (undefined: the body as it is).
// One table for the two readers that must agree: the server's chosenEncoding()
// (tests/unit/serve.test.ts) and the key of the deployed nginx cache (tests/e2e/nginx.spec.ts).
// `null` sends no Accept-Encoding at all.
export const ACCEPT_ENCODINGS: [value: string | null, encoding: 'br' | 'gzip' | undefined][] = [
  [null, undefined],
  ['', undefined],
  ['gzip, deflate, br', 'br'],
  ['gzip, deflate', 'gzip'],
  ['br', 'br'],
  ['BR', 'br'],
  ['GZip', 'gzip'],
  ['identity', undefined],
  ['deflate', undefined],
  ['brotli, x-gzip', undefined],
  ['*', 'br'],
  ['*;q=0', undefined],
  ['br;q=0', undefined],
  ['gzip;q=0', undefined],
  ['br;q=0, gzip', 'gzip'],
  ['br;q=0.0, gzip', 'gzip'],
  ['br;q=0., gzip', 'gzip'],
  ['br;Q=0.000, gzip;q=0.5', 'gzip'],
  ['br;q=0.001', 'br'],
  ['br ; q=0 , gzip', 'gzip'],
  ['  gzip ,\tbr  ', 'br'],
  ['gzip,\tbr;q=0', 'gzip'],
  ['gzip;q=0, br;q=0', undefined],
  ['gzip;q=0, *', 'br'],
  ['*, br;q=0', 'gzip'],
  ['*;q=0, gzip', 'gzip'],
  ['br;q=1.0, gzip;q=0', 'br'],
  // Brotli whenever it is accepted, whatever the weights.
  ['gzip;q=1, br;q=0.1', 'br'],
];
