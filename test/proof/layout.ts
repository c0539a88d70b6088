/** Layout checks the proofs share: walking shadow trees, and sideways scrolling at a viewport. */
import { setViewport } from '@web/test-runner-commands';

/** Every element in `root` and in the shadow roots below it (a flow inside the list's dialog too). */
export function deep(root: ParentNode): Element[] {
  const found: Element[] = [];
  if (root instanceof Element && root.shadowRoot) found.push(...deep(root.shadowRoot));
  for (const node of root.querySelectorAll('*')) {
    found.push(node);
    if (node.shadowRoot) found.push(...deep(node.shadowRoot));
  }
  return found;
}

/** What scrolls sideways at this viewport: the page, or a scrolling box inside the elements. */
export async function reflowProblems(host: Element, width: number, height: number): Promise<string[]> {
  await setViewport({ width, height });
  try {
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    const problems: string[] = [];
    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth + 1) problems.push(`page ${page.scrollWidth}px in ${page.clientWidth}px`);
    for (const node of deep(host)) {
      const overflow = getComputedStyle(node).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && node.scrollWidth > node.clientWidth + 1) {
        problems.push(`${node.localName}.${node.className} ${node.scrollWidth}px in ${node.clientWidth}px`);
      }
    }
    return problems;
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}
