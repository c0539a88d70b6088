/*
 * The playground: both elements against the default tenant of the reference backend, with controls
 * for locale, theme, the backend's settings and faults, and a log of every event.
 * Loaded before /src/index.ts, so `api-base` is final before the elements upgrade and fetch.
 */
import type { Cancellation, Esim, EsimCancelFlow, EsimList, Theme } from '../src/index.js';
import { DEMO_LOCALES } from './locales.js';
import {
  apiBase,
  checkBackend,
  control,
  keepApiBaseOnLinks,
  linkListAndFlow,
  resetTenant,
  setPageTheme,
  startEventLog,
  type TenantSettings,
} from './demo.js';

interface TenantState extends TenantSettings {
  esims: Esim[];
  cancellations: Cancellation[];
}

/** The eSIM picker lists this many; the large seed has 10,000. */
const PICKER_LIMIT = 100;
/** The "manual" review speed still needs a step size: this is what "Advance review" moves. */
const MANUAL_STEP_MS = 10_000;
const NARROW = '(max-width: 63.99rem)';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page.`);
  return element as T;
}

const base = apiBase();
const list = document.querySelector('esim-list') as EsimList;
const flowSlot = byId<HTMLDivElement>('flow-slot');
const backendForm = byId<HTMLFormElement>('backend-form');
const backendStatus = byId<HTMLOutputElement>('backend-status');
const advanceButton = byId<HTMLButtonElement>('advance');
const faultForm = byId<HTMLFormElement>('fault-form');
const faultStatus = byId<HTMLOutputElement>('fault-status');
const flowForm = byId<HTMLFormElement>('flow-form');
const esimPicker = byId<HTMLSelectElement>('esim-id');
const cancellationPicker = byId<HTMLSelectElement>('cancellation-id');
const localeSelect = byId<HTMLSelectElement>('locale');

let theme: Theme = 'auto';
let locale = 'en';
/** `rtl` for the locales written right to left: the attribute a host page sets beside `lang`. */
const dirOf = (code: string) => DEMO_LOCALES.find((l) => l.code === code)?.dir ?? 'ltr';
localeSelect.replaceChildren(
  ...DEMO_LOCALES.map(({ code, name }) => {
    const option = new Option(`${name} (${code})`, code);
    option.lang = code;
    return option;
  }),
);
let settings: TenantSettings | null = null;
let flow: EsimCancelFlow | null = null;

list.setAttribute('api-base', base);
byId('no-backend-url').textContent = base;
keepApiBaseOnLinks();

// On a phone the controls and the log fold away, so the elements come first on screen.
if (matchMedia(NARROW).matches) {
  byId<HTMLDetailsElement>('controls').open = false;
  byId<HTMLDetailsElement>('log-panel').open = false;
}

startEventLog({
  list: byId<HTMLOListElement>('event-log'),
  clear: byId<HTMLButtonElement>('log-clear'),
  count: byId('log-count'),
  empty: byId('log-empty'),
});

function say(output: HTMLOutputElement, text: string, tone: 'info' | 'error' = 'info'): void {
  output.dataset.tone = tone;
  output.textContent = text;
}

function describeSettings(s: TenantSettings): string {
  const pace = s.manualClock ? 'manual review (use Advance review)' : `review step ${s.reviewPaceMs / 1000} s`;
  const auth = s.requireAuth ? 'sign-in required' : 'no sign-in';
  const seed = s.seed === 'large' ? 'large seed (10,000 eSIMs)' : `${s.seed} seed`;
  return `Backend now: ${pace} · ${auth} · ${seed}.`;
}

/** Sets the backend form to the settings the backend has, so the page tells the truth after a reload. */
function showSettingsInForm(s: TenantSettings): void {
  const pace = s.manualClock ? 'manual' : String(s.reviewPaceMs);
  const paceInput = backendForm.querySelector<HTMLInputElement>(`input[name="pace"][value="${pace}"]`);
  if (paceInput) paceInput.checked = true;
  backendForm.querySelector<HTMLInputElement>('input[name="requireAuth"]')!.checked = s.requireAuth;
  const seedInput = backendForm.querySelector<HTMLInputElement>(`input[name="seed"][value="${s.seed}"]`);
  if (seedInput) seedInput.checked = true;
}

function esimOptionText(esim: Esim): string {
  const name = esim.nickname || esim.planName;
  const cancellable = esim.cancellation.eligible ? ` · can cancel (${esim.cancellation.mode})` : '';
  return `${name} · ${esim.id} · ${esim.status}${cancellable}`;
}

function cancellationOptionText(c: Pick<Cancellation, 'id' | 'reference' | 'status' | 'esimId'>): string {
  return `${c.reference} · ${c.esimId} · ${c.status}`;
}

/** Refills a picker, keeping the chosen value when it is still there. */
function fillPicker(select: HTMLSelectElement, options: { value: string; text: string }[], preferred?: string): void {
  const previous = select.value;
  select.replaceChildren(...options.map(({ value, text }) => new Option(text, value)));
  const keep = [previous, preferred].find((value) => value && options.some((o) => o.value === value));
  if (keep) select.value = keep;
  select.disabled = options.length === 0;
}

function addCancellationOption(c: Cancellation): void {
  const existing = [...cancellationPicker.options].find((option) => option.value === c.id);
  if (existing) existing.text = cancellationOptionText(c);
  else cancellationPicker.add(new Option(cancellationOptionText(c), c.id), 0);
  cancellationPicker.disabled = false;
}

async function loadState(): Promise<void> {
  const state = await control<TenantState>(base, 'state', 'GET');
  settings = state;
  advanceButton.disabled = !state.manualClock;
  const esims = state.esims.slice(0, PICKER_LIMIT);
  const firstEligible = esims.find((esim) => esim.cancellation.eligible)?.id;
  fillPicker(
    esimPicker,
    esims.map((esim) => ({ value: esim.id, text: esimOptionText(esim) })),
    firstEligible,
  );
  if (state.esims.length > PICKER_LIMIT) {
    esimPicker.add(new Option(`… the first ${PICKER_LIMIT} of ${state.esims.length.toLocaleString('en')} are listed`, ''));
    esimPicker.options[esimPicker.options.length - 1]!.disabled = true;
  }
  fillPicker(
    cancellationPicker,
    state.cancellations.map((c) => ({ value: c.id, text: cancellationOptionText(c) })),
  );
}

function startMode(): 'select' | 'esim' | 'cancellation' {
  const checked = flowForm.querySelector<HTMLInputElement>('input[name="start"]:checked');
  return checked?.value === 'esim' || checked?.value === 'cancellation' ? checked.value : 'select';
}

/**
 * A fresh `<esim-cancel-flow>` for the chosen start, like a page load would make. `userStarted`
 * adds `autofocus`, so focus moves into the flow only when the visitor asked for it.
 */
function startFlow(userStarted: boolean): void {
  const next = document.createElement('esim-cancel-flow');
  next.setAttribute('api-base', base);
  next.setAttribute('theme', theme);
  next.setAttribute('lang', locale);
  next.setAttribute('dir', dirOf(locale));
  next.setAttribute('support-url', 'https://example.com/help/esim');
  next.setAttribute('support-email', 'support@example.com');
  const mode = startMode();
  if (mode === 'esim' && esimPicker.value) next.setAttribute('esim-id', esimPicker.value);
  if (mode === 'cancellation' && cancellationPicker.value) next.setAttribute('cancellation-id', cancellationPicker.value);
  if (userStarted) next.autofocus = true;
  flow = next;
  flowSlot.replaceChildren(next);
}

/** What a host page does on `esim-cancel-close`: take the flow away (here, with a way back). */
function endFlow(step: string): void {
  flow = null;
  const note = document.createElement('p');
  note.className = 'note flow-ended';
  note.append(`The customer left the flow at the “${step}” step. A reseller's page would close its dialog or move on here. `);
  const again = document.createElement('button');
  again.type = 'button';
  again.textContent = 'Start again';
  again.addEventListener('click', () => startFlow(true));
  note.append(again);
  flowSlot.replaceChildren(note);
  again.focus();
}

linkListAndFlow(
  list,
  () => flow,
  () => startFlow(false),
);

document.addEventListener('esim-cancel-close', (event) => {
  if (event.target === flow) endFlow(event.detail.step);
});
for (const type of ['esim-cancel-submitted', 'esim-cancel-status', 'esim-cancel-complete'] as const) {
  document.addEventListener(type, (event) => {
    if ('cancellation' in event.detail) addCancellationOption(event.detail.cancellation);
  });
}

localeSelect.addEventListener('change', () => {
  locale = localeSelect.value;
  list.setAttribute('lang', locale);
  list.setAttribute('dir', dirOf(locale));
  flow?.setAttribute('lang', locale);
  flow?.setAttribute('dir', dirOf(locale));
});

for (const input of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
  input.addEventListener('change', () => {
    theme = input.value as Theme;
    setPageTheme(theme);
    list.setAttribute('theme', theme);
    flow?.setAttribute('theme', theme);
  });
}

backendForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(backendForm);
  const pace = String(data.get('pace'));
  const manualClock = pace === 'manual';
  const options: Partial<TenantSettings> = {
    seed: data.get('seed') === 'large' ? 'large' : 'default',
    requireAuth: data.get('requireAuth') === 'on',
    reviewPaceMs: manualClock ? MANUAL_STEP_MS : Number(pace),
    manualClock,
  };
  const submit = backendForm.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  submit.disabled = true;
  say(backendStatus, 'Resetting…');
  try {
    await resetTenant(base, options);
    await loadState();
    if (startMode() !== 'select' && !esimPicker.value) {
      flowForm.querySelector<HTMLInputElement>('input[name="start"][value="select"]')!.checked = true;
    }
    void list.reload();
    startFlow(false);
    say(backendStatus, `Demo data reset. ${describeSettings(settings!)}`);
  } catch (error) {
    say(backendStatus, `Reset failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
  } finally {
    submit.disabled = false;
  }
});

advanceButton.addEventListener('click', async () => {
  const ms = settings?.reviewPaceMs || MANUAL_STEP_MS;
  try {
    await control(base, 'advance', 'POST', { ms });
    say(
      backendStatus,
      `Review clock moved on ${ms / 1000} s: open requests went one step further. The flow sees it at its next status check, or press “Check status”.`,
    );
  } catch (error) {
    say(backendStatus, `Advance failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
});

faultForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(faultForm);
  const [method = '*', path = '*'] = String(data.get('endpoint')).split(' ');
  const kind = String(data.get('kind'));
  const count = Math.max(1, Math.floor(Number(data.get('count')) || 1));
  try {
    const reply = await control<{ faults: unknown[] }>(base, 'faults', 'POST', {
      method,
      path,
      kind,
      count,
      ...(kind === '429' ? { retryAfter: 5 } : {}),
    });
    const target = method === '*' ? 'any request' : `${method} ${path}`;
    const requests = count === 1 ? 'The next request' : `The next ${count} requests`;
    say(faultStatus, `${requests} to ${target} will fail with “${kind}”. Faults queued: ${reply.faults.length}.`);
  } catch (error) {
    say(faultStatus, `Could not inject: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
});

byId<HTMLButtonElement>('clear-faults').addEventListener('click', async () => {
  try {
    await control(base, 'faults', 'DELETE');
    say(faultStatus, 'No faults queued.');
  } catch (error) {
    say(faultStatus, `Could not clear: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
});

flowForm.addEventListener('submit', (event) => {
  event.preventDefault();
  startFlow(true);
});
// Choosing from a picker means starting that way.
esimPicker.addEventListener('change', () => {
  flowForm.querySelector<HTMLInputElement>('input[name="start"][value="esim"]')!.checked = true;
});
cancellationPicker.addEventListener('change', () => {
  flowForm.querySelector<HTMLInputElement>('input[name="start"][value="cancellation"]')!.checked = true;
});

/** Reads the backend's settings into the controls; without a backend, turns the controls off. */
async function init(): Promise<void> {
  if (!(await checkBackend(base, byId('no-backend')))) {
    for (const form of [backendForm, faultForm]) {
      for (const field of form.elements) (field as HTMLButtonElement).disabled = true;
    }
    say(backendStatus, 'No backend: the controls are off.', 'error');
    return;
  }
  try {
    await loadState();
    showSettingsInForm(settings!);
    say(backendStatus, describeSettings(settings!));
  } catch (error) {
    say(backendStatus, `Could not read the backend's state: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}

startFlow(false);
// Not awaited at the top level: the elements' module, loaded after this one, must not wait for it.
void init();
