#!/usr/bin/env node
// Renders deploy/nginx.conf.template.
//   node scripts/nginx-config.mjs --listen 8080 --upstream 127.0.0.1:3000[,127.0.0.1:3001] --prefix /tmp/nginx [--static-root DIR --static-listen 8081]
//                                 [--assets DIR --refresh-listen 127.0.0.1:8089]   (what the release system writes: the releases' assets, the cache's refresh door)
// --upstream takes host:port addresses or Unix sockets (unix:/path).
// --user sets the workers' user (tests and benchmarks run as whoever owns their temporary folders).
// --static-root adds a server that serves prerendered HTML straight from disk (the benchmark's baseline).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ENCODINGS } from '../lib/serve/encoding.mjs';

/** A string as nginx's configuration reads it back: in double quotes, its backslashes and quotes escaped. */
const quoted = (text) => `"${text.replace(/["\\]/g, '\\$&')}"`;

/** The lines of the map from Accept-Encoding to the encoding the application sends: its own patterns, case-insensitive. */
const encodingMap = () => ENCODINGS.map(({ name, accepting }) => `    ${quoted(`~*${accepting}`)} ${name};`).join('\n');

/**
 * The hashed assets of every kept release, served from one folder (the release system adds each
 * release's to it): a page kept by a cache or a browser never loses its stylesheet after a switch.
 */
const staticLocation = (assets) =>
  assets
    ? `
    location /_next/static/ {
      alias ${assets.replace(/\/?$/, '/')};
      add_header Cache-Control "public, max-age=31536000, immutable";
      add_header X-Content-Type-Options nosniff;
      add_header Cross-Origin-Resource-Policy same-origin;
    }
`
    : '';

/**
 * A door on the loopback for the release system only: the same cache, each request sent to the
 * application whatever the cache holds and its answer kept in place of the old one. After a switch,
 * the release system asks it for every page that changed: visitors get the new pages at once.
 */
const refreshServer = (refreshListen) =>
  refreshListen
    ? `
  server {
    listen ${refreshListen};
    server_name _;
    location / {
      proxy_pass http://next_app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_cache pages;
      proxy_cache_key "$scheme$host$request_uri|$encoding";
      proxy_cache_bypass 1;
    }
  }
`
    : '';

export function renderNginxConfig({ listen, upstream, prefix, staticRoot, staticListen, user, assets, refreshListen }) {
  const servers = upstream
    .split(',')
    .map((address) => `    server ${address.trim()};`)
    .join('\n');
  let config = readFileSync(new URL('../deploy/nginx.conf.template', import.meta.url), 'utf8')
    .replaceAll('{{USER}}', user ? `user ${user};\n` : '')
    .replaceAll('{{LISTEN}}', String(listen))
    .replaceAll('{{PREFIX}}', prefix)
    .replaceAll('{{UPSTREAM_SERVERS}}', servers)
    .replaceAll('{{ENCODING_MAP}}', encodingMap())
    .replaceAll('{{STATIC_LOCATION}}', staticLocation(assets))
    .replaceAll('{{REFRESH_SERVER}}', refreshServer(refreshListen));
  if (staticRoot) {
    const fromDisk = `
  server {
    listen ${staticListen};
    root ${staticRoot};
    default_type text/html;
    location / {
      try_files $uri.html $uri =404;
    }
  }
}
`;
    config = config.replace(/}\s*$/, fromDisk);
  }
  return config;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      listen: { type: 'string', default: '80' },
      upstream: { type: 'string', default: '127.0.0.1:3000' },
      prefix: { type: 'string', default: '/var/lib/inserm-nginx' },
      'static-root': { type: 'string' },
      'static-listen': { type: 'string', default: '8081' },
      user: { type: 'string' },
      assets: { type: 'string' },
      'refresh-listen': { type: 'string' },
    },
  });
  process.stdout.write(renderNginxConfig({ ...values, staticRoot: values['static-root'], staticListen: values['static-listen'], refreshListen: values['refresh-listen'] }));
}
