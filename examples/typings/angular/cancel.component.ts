// Angular: templates with CUSTOM_ELEMENTS_SCHEMA are not type-checked against custom elements (no
// generator targets Angular), so the typing lives in the component: the element class for
// properties and the detail types for `$event`. This file must compile; the marked lines must not.
// #region angular
import { Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, Input, ViewChild } from '@angular/core';
import 'esim-elements';
import type { EsimBackend, EsimCancelFlow, EsimCancelStepDetail, EsimCancellationDetail } from 'esim-elements';

@Component({
  selector: 'app-cancel-esim',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <esim-cancel-flow
      #flow
      [attr.esim-id]="esimId"
      [backend]="backend"
      support-url="/help"
      (esim-cancel-step)="onStep($event)"
      (esim-cancel-complete)="onComplete($event)"
    ></esim-cancel-flow>
  `,
})
export class CancelEsimComponent {
  @Input({ required: true }) esimId!: string;
  @Input({ required: true }) backend!: EsimBackend;
  /** The element itself, typed: its properties (`reasons`, `alternatives`…) are checked. */
  @ViewChild('flow') flow?: ElementRef<EsimCancelFlow>;

  onStep(event: Event): void {
    const { step } = (event as CustomEvent<EsimCancelStepDetail>).detail;
    console.log('step', step);
  }

  onComplete(event: Event): void {
    const { cancellation } = (event as CustomEvent<EsimCancellationDetail>).detail;
    console.log('cancelled', cancellation.reference);
  }
}
// #endregion angular

export function mustNotCompile(flow: EsimCancelFlow): void {
  // @ts-expect-error reasons is a list of reasons
  flow.reasons = 'device_lost';
  // @ts-expect-error the flow has no such property
  flow.esimid = 'x';
}
