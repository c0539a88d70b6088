import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CancelPage } from './CancelPage';
import { ListPage } from './ListPage';
import { EsimListClient } from './ClientOnly';

// ?api=/api/esim&esim=<id>&view=list|cancel (the browser test points it at a fresh backend).
const query = new URLSearchParams(location.search);
const apiBase = query.get('api') ?? '/api/esim';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {query.get('view') === 'list' ? (
      <ListPage apiBase={apiBase} />
    ) : query.get('view') === 'client-only' ? (
      <EsimListClient apiBase={apiBase} />
    ) : (
      <CancelPage apiBase={apiBase} esimId={query.get('esim') ?? ''} />
    )}
  </StrictMode>,
);
