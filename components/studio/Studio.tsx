'use client';

import type { Config } from '@keystatic/core';
import { Keystatic } from '@keystatic/core/ui';
import { useMemo } from 'react';
import { type StudioChoices, studioConfig } from '@/lib/studio/config';

/** Keystatic's application (what @keystatic/next's makePage draws), with the menus of content/data as the server read them. */
export function Studio({ choices }: { choices: StudioChoices }) {
  // (Keystatic's own makePage widens the type the same way.)
  const config = useMemo(() => studioConfig(choices) as unknown as Config, [choices]);
  return <Keystatic config={config} />;
}
