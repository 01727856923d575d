import type { Viewport } from 'next';

/**
 * Every page follows the system's colour scheme (app/globals.css): the browser draws its own parts
 * (scroll bars, form controls) to match, and the browser's bar takes the colour of the site's.
 */
export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f172a' },
  ],
};
