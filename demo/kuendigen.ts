/**
 * demo/kuendigen.html: a German reseller's cancellation page. `?art=widerruf` shows the withdrawal
 * declaration; after a declaration the page shows the confirmation email the reference backend
 * recorded (what a real backend would send).
 */
const declaration = document.querySelector('esim-cancel-declaration');
const withdrawal = new URLSearchParams(location.search).get('art') === 'widerruf';
declaration?.setAttribute('kind', withdrawal ? 'withdrawal' : 'cancellation');
for (const link of document.querySelectorAll<HTMLAnchorElement>('.kind-switch a')) {
  if ((link.dataset.kind === 'withdrawal') === withdrawal) link.setAttribute('aria-current', 'page');
}
// ?lang=ar shows the element in another language (the page text stays German), as screenshots and tests do.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) {
  declaration?.setAttribute('lang', lang);
  if (lang === 'ar') declaration?.setAttribute('dir', 'rtl');
}
const apiBase = new URLSearchParams(location.search).get('api-base');
if (apiBase) declaration?.setAttribute('api-base', apiBase);

document.addEventListener('esim-cancel-submitted', (event) => {
  if (!('declaration' in event.detail)) return;
  void showOutbox(event.detail.declaration.id);
});

interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  declarationId?: string;
}

async function showOutbox(id: string): Promise<void> {
  const base = declaration?.getAttribute('api-base') ?? '/api';
  const response = await fetch(`${base}/__control/outbox`).catch(() => undefined);
  if (!response?.ok) return;
  const mails = ((await response.json()) as { mails?: OutboxMail[] }).mails ?? [];
  const mail = [...mails].reverse().find((m) => m.declarationId === id);
  const section = document.querySelector<HTMLElement>('.outbox');
  const pre = document.querySelector('.outbox-mail');
  if (!mail || !section || !pre) return;
  pre.textContent = `An: ${mail.to}\nBetreff: ${mail.subject}\n\n${mail.text}`;
  section.hidden = false;
}
