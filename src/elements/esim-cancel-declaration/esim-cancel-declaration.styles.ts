import { css } from 'lit';

/* The theme, the form styles and the panel (src/internal/panel.styles.ts) come first; this adds the declaration's own layout. */
export const declarationStyles = css`
  .base {
    --_panel-gap: var(--esim-declaration-gap);
    --_panel-max-inline-size: var(--esim-declaration-max-inline-size);
    --_panel-padding: var(--esim-declaration-padding);
    --_panel-border: var(--esim-declaration-border);
    --_panel-radius: var(--esim-declaration-radius);
    --_panel-background: var(--esim-declaration-background);
    --_panel-heading-size: var(--esim-declaration-heading-size);
    overflow-wrap: anywhere;
  }
  form {
    display: grid;
    gap: var(--_space-xs);
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
  }
  .contract {
    padding: var(--_space-s) var(--_space-m) 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .contract legend {
    padding-inline: var(--_space-xs);
  }
  .contract > .hint {
    margin-block: 0 var(--_space-s);
  }
  #f-iccid {
    font-variant-numeric: tabular-nums;
  }
  #f-effectiveDate {
    inline-size: auto;
    min-inline-size: 12rem;
    max-inline-size: 100%;
  }
  small {
    display: block;
  }
  .failure .notice {
    color: var(--_text);
  }
  [readonly] {
    background: var(--_surface-alt);
  }
  .skeleton {
    block-size: 12rem;
    border-radius: var(--_radius-s);
    background: var(--_skeleton);
  }
  @media (forced-colors: active) {
    .contract {
      border-color: CanvasText;
    }
  }
`;
