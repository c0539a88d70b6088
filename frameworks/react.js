// Generated from custom-elements.json by scripts/frameworks.mjs (React 18+ components through @lit/react). Do not edit: run `npm run build`.

import * as React from 'react';
import { createComponent } from '@lit/react';
import { EsimCancelDeclaration as EsimCancelDeclarationElement, EsimCancelFlow as EsimCancelFlowElement, EsimList as EsimListElement } from '../dist/index.js';

/** `<esim-cancel-declaration>` as a React component; events as `onEsimCancelStep`-style props. */
export const EsimCancelDeclaration = createComponent({
  react: React,
  tagName: 'esim-cancel-declaration',
  elementClass: EsimCancelDeclarationElement,
  displayName: 'EsimCancelDeclaration',
  events: {
    onEsimCancelStep: 'esim-cancel-step',
    onEsimCancelSubmit: 'esim-cancel-submit',
    onEsimCancelSubmitted: 'esim-cancel-submitted',
    onEsimError: 'esim-error',
  },
});

/** `<esim-cancel-flow>` as a React component; events as `onEsimCancelStep`-style props. */
export const EsimCancelFlow = createComponent({
  react: React,
  tagName: 'esim-cancel-flow',
  elementClass: EsimCancelFlowElement,
  displayName: 'EsimCancelFlow',
  events: {
    onEsimCancelStep: 'esim-cancel-step',
    onEsimCancelSubmit: 'esim-cancel-submit',
    onEsimCancelSubmitted: 'esim-cancel-submitted',
    onEsimCancelStatus: 'esim-cancel-status',
    onEsimCancelComplete: 'esim-cancel-complete',
    onEsimCancelAlternatives: 'esim-cancel-alternatives',
    onEsimCancelAlternativeSelect: 'esim-cancel-alternative-select',
    onEsimCancelClose: 'esim-cancel-close',
    onEsimAuthRequired: 'esim-auth-required',
    onEsimError: 'esim-error',
  },
});

/** `<esim-list>` as a React component; events as `onEsimListLoad`-style props. */
export const EsimList = createComponent({
  react: React,
  tagName: 'esim-list',
  elementClass: EsimListElement,
  displayName: 'EsimList',
  events: {
    onEsimListLoad: 'esim-list-load',
    onEsimCancelRequest: 'esim-cancel-request',
    onEsimAuthRequired: 'esim-auth-required',
    onEsimError: 'esim-error',
    onEsimCancelStep: 'esim-cancel-step',
    onEsimCancelSubmit: 'esim-cancel-submit',
    onEsimCancelSubmitted: 'esim-cancel-submitted',
    onEsimCancelStatus: 'esim-cancel-status',
    onEsimCancelComplete: 'esim-cancel-complete',
    onEsimCancelAlternatives: 'esim-cancel-alternatives',
    onEsimCancelAlternativeSelect: 'esim-cancel-alternative-select',
    onEsimCancelClose: 'esim-cancel-close',
  },
});
