// #region nextjs
'use client';
// Next.js (app router) and any server rendering: the tags stay in the server's HTML and upgrade in
// the browser; the package is imported in an effect, which runs on the client only.
import { useEffect } from 'react';
import type {} from 'esim-elements/react-jsx';

export function EsimListClient({ apiBase }: { apiBase: string }) {
  useEffect(() => {
    void import('esim-elements');
  }, []);
  return <esim-list api-base={apiBase} theme="auto" />;
}
// #endregion nextjs
