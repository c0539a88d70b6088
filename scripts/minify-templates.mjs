// A Vite plugin for the CDN bundles: collapses the whitespace and comments inside Lit's `css` and
// `html`/`svg` tagged templates, which JavaScript minifiers leave untouched. The TypeScript parser
// finds the templates, so nested templates and `${}` expressions are handled exactly.
import ts from 'typescript';

/**
 * CSS: drop comments, collapse whitespace, and trim it around punctuation.
 * @param {string} text
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}');
}

/**
 * HTML: a run of whitespace with a line break becomes one space (or nothing between tags), which
 * renders the same (our templates hold no <pre> or <textarea> content).
 * @param {string} text
 */
export function minifyHtml(text) {
  return text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
}

/** @type {Record<string, (text: string) => string>} */
const MINIFIERS = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

/**
 * Rewrites the literal parts of every `css`/`html`/`svg` tagged template in a TypeScript source.
 * @param {string} code
 * @param {string} fileName
 */
export function minifyTemplates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {{ start: number, end: number, out: string }[]} */
  const edits = [];
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    const minify = ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) ? MINIFIERS[node.tag.text] : undefined;
    if (minify && ts.isTaggedTemplateExpression(node)) {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // The raw text sits between the delimiters: ` or } at the start, ` or ${ at the end.
        const start = part.getStart(source) + 1;
        const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        const raw = code.slice(start, end);
        const out = minify(raw);
        if (out !== raw) edits.push({ start, end, out });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const { start, end, out } of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + out + result.slice(end);
  }
  return result;
}

/** @returns {import('vite').Plugin} */
export function minifyTemplatesPlugin() {
  return {
    name: 'esim-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      return { code: minifyTemplates(code, id), map: null };
    },
  };
}
