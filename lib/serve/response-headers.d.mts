/** What tidyHeaders() reads and writes of a response (a ServerResponse, or the build's record of one): its headers. */
export type HeaderHolder = {
  getHeaderNames(): string[];
  getHeader(name: string): number | string | string[] | undefined;
  setHeader(name: string, value: number | string | readonly string[]): unknown;
  removeHeader(name: string): void;
};

export function tidyHeaders(res: HeaderHolder, options: { isCompressible: boolean }): void;
