export function renderNginxConfig(options: {
  listen: number | string;
  upstream: string;
  prefix: string;
  user?: string;
  staticRoot?: string;
  staticListen?: number | string;
  /** The release served: part of the cache key, so that a switched release is asked again. */
  release?: string;
  /** The folder of every kept release's hashed assets, served at /_next/static/. */
  assets?: string;
}): string;
