export const NOT_FOUND_RECORD: string;
export type NotFoundPages = {
  bodyFor(pathname: string): Buffer | undefined;
  isOwnAddress(pathname: string): boolean;
};
export function readNotFoundPages(distDir: string): NotFoundPages | undefined;
