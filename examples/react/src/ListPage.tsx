// #region react18
import { useState } from 'react';
import { EsimList } from 'esim-elements/react';
import type { EsimErrorDetail, CancelStep } from 'esim-elements';

/** React 18 or 19: the @lit/react components, with the events as typed `onEsim…` props. */
export function ListPage({ apiBase }: { apiBase: string }) {
  const [count, setCount] = useState(0);
  const [step, setStep] = useState<CancelStep | null>(null);
  const [reference, setReference] = useState<string | null>(null);
  const [errors, setErrors] = useState<EsimErrorDetail[]>([]);

  return (
    <main>
      <EsimList
        apiBase={apiBase}
        pageSize={20}
        supportUrl="/help"
        onEsimListLoad={(e) => setCount((n) => n + e.detail.items.length)}
        // The flow the list opens in its dialog: its events bubble out of the list.
        onEsimCancelStep={(e) => setStep(e.detail.step)}
        onEsimCancelComplete={(e) => setReference(e.detail.cancellation.reference)}
        onEsimError={(e) => setErrors((seen) => [...seen, e.detail])}
      />
      <dl>
        <dt>eSIMs loaded</dt>
        <dd data-state="count">{count}</dd>
        <dt>Step</dt>
        <dd data-state="step">{step ?? 'none'}</dd>
        <dt>Cancelled</dt>
        <dd data-state="reference">{reference ?? 'not yet'}</dd>
        <dt>Errors</dt>
        <dd data-state="errors">{errors.map((error) => error.code).join(' ')}</dd>
      </dl>
    </main>
  );
}
// #endregion react18
