// #region react19
import { useState } from 'react';
import 'esim-elements';
import type {} from 'esim-elements/react-jsx';
import type { Cancellation, EsimErrorDetail, CancelStep } from 'esim-elements';

export function CancelPage({ apiBase, esimId }: { apiBase: string; esimId: string }) {
  const [step, setStep] = useState<CancelStep | null>(null);
  const [cancellation, setCancellation] = useState<Cancellation | null>(null);
  const [errors, setErrors] = useState<EsimErrorDetail[]>([]);

  return (
    <main>
      <esim-cancel-flow
        api-base={apiBase}
        esim-id={esimId}
        support-url="/help"
        onesim-cancel-step={(e) => setStep(e.detail.step)}
        onesim-cancel-complete={(e) => setCancellation(e.detail.cancellation)}
        onesim-error={(e) => setErrors((seen) => [...seen, e.detail])}
      />
      <dl>
        <dt>Step</dt>
        <dd data-state="step">{step ?? 'loading'}</dd>
        <dt>Cancelled</dt>
        <dd data-state="reference">{cancellation?.reference ?? 'not yet'}</dd>
        <dt>Errors</dt>
        <dd data-state="errors">{errors.map((error) => error.code).join(' ')}</dd>
      </dl>
    </main>
  );
}
// #endregion react19
