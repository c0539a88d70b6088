import { css } from 'lit';

/** Form fields shared by the sign-in form, the list's toolbar and the flow's steps. */
export const formStyles = css`
  .field {
    display: grid;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-m);
  }
  .field label,
  .field legend {
    font-weight: 600;
  }
  .field :is(input:not([type='radio'], [type='checkbox']), textarea, select) {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_surface);
  }
  .field [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .field-error,
  .form-error {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-s);
  }
  .field-error::before,
  .form-error::before {
    content: '⚠ ';
  }
  .form-error {
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius-s);
    background: var(--_danger-soft);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    margin-block-start: var(--_space-m);
  }
  .sign-in h2 {
    margin-block: 0 var(--_space-s);
    font-size: var(--_font-size-l);
  }
  .sign-in > p {
    margin-block: 0 var(--_space-m);
  }
`;
