/*
 * The theming page: four copies of each element on a tenant of their own (fresh per visit, no
 * sign-in), and each brand's stylesheet shown as text, read from the very file the page links, so
 * the legend cannot drift from what is applied.
 */
import aurora from './theme-aurora.css?raw';
import metro from './theme-metro.css?raw';
import { checkBackend, keepApiBaseOnLinks, tenantBase } from './demo.js';

const stylesheets: Record<string, string> = { aurora, metro };
for (const code of document.querySelectorAll<HTMLElement>('[data-stylesheet]')) {
  code.textContent = (stylesheets[code.dataset.stylesheet ?? ''] ?? '').trim();
}

// A new tenant starts from the default seed, so every visit shows the same eSIMs whatever was
// cancelled before. Set before the elements upgrade (this module runs first), so they load once.
const base = tenantBase(`theming-${Math.random().toString(36).slice(2, 10)}`);
for (const element of document.querySelectorAll('esim-list, esim-cancel-flow')) element.setAttribute('api-base', base);
keepApiBaseOnLinks();
void checkBackend(base, document.getElementById('no-backend'));
