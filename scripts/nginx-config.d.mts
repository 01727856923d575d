export function renderNginxConfig(options: {
  listen: number | string;
  upstream: string;
  prefix: string;
  user?: string;
  staticRoot?: string;
  staticListen?: number | string;
  /** The folder of every kept release's hashed assets, served at /_next/static/. */
  assets?: string;
  /** Where the cache's refresh door listens (the loopback): what the release system asks after a switch. */
  refreshListen?: string;
}): string;
