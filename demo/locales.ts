/**
 * The locales the demo has a page for, in the order of the language menu that every demo page's
 * navigation gets (vite.config.ts writes it where a page says `<!-- language-menu -->`). A locale
 * added to the library joins the demo with one line here. `zh-CN` keeps its own page, with
 * Chinese page text; every other locale opens locale.html?lang=<code>.
 */
export interface DemoLocale {
  code: string;
  /** The language's own name for itself, shown in the menu and as the page heading. */
  name: string;
  dir?: 'rtl';
}

export const DEMO_LOCALES: readonly DemoLocale[] = [
  { code: 'en', name: 'English' },
  { code: 'zh-CN', name: '简体中文' },
  { code: 'zh-TW', name: '繁體中文' },
  { code: 'ja', name: '日本語' },
  { code: 'ko', name: '한국어' },
  { code: 'th', name: 'ไทย' },
  { code: 'vi', name: 'Tiếng Việt' },
  { code: 'id', name: 'Bahasa Indonesia' },
  { code: 'es', name: 'Español' },
  { code: 'fr', name: 'Français' },
  { code: 'de', name: 'Deutsch' },
  { code: 'pt-BR', name: 'Português (Brasil)' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
];

export function localePageHref(code: string): string {
  return code === 'zh-CN' ? './zh-CN.html' : `./locale.html?lang=${encodeURIComponent(code)}`;
}

/** The menu's HTML: a disclosure whose links each open one locale's page (`current`'s marked as this page). */
export function languageMenuHtml(label: string, current?: string): string {
  const links = DEMO_LOCALES.map(
    ({ code, name, dir }) =>
      `<li><a href="${localePageHref(code)}" lang="${code}" hreflang="${code}"${dir ? ` dir="${dir}"` : ''} data-locale="${code}"${code === current ? ' aria-current="page"' : ''}>${name}</a></li>`,
  ).join('');
  return `<li class="language-menu"><details><summary>${label}</summary><ul>${links}</ul></details></li>`;
}
