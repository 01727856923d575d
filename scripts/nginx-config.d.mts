export function renderNginxConfig(options: { listen: number | string; upstream: string; prefix: string; user?: string; staticRoot?: string; staticListen?: number | string }): string;
