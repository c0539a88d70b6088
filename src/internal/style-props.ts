import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), never through a `style`
 * attribute: a strict `style-src 'self'` CSP blocks style attributes (Lit's `styleMap` writes one on
 * first render), but allows the CSSOM. Used as an element binding: `<div ${styleProps({...})}>`.
 * Keys are CSS property names (`padding-block-start`, `--_fill`); `undefined` removes one.
 */
class StyleProps extends Directive {
  private previous: Record<string, string | undefined> = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes on an element: <div ${styleProps({…})}>');
  }

  render(_props: Record<string, string | undefined>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string | undefined>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of Object.keys(this.previous)) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) style.removeProperty(name);
      else if (value !== this.previous[name]) style.setProperty(name, value);
    }
    this.previous = props;
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
