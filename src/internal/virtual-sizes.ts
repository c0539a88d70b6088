/* The sizes VirtualWindow and its windowing (VirtualScroll) share, in a module of their own: the
 * windowing's chunk imports them from the entry without importing the window itself. */

/** Lists up to this long are rendered whole: cheap, and they print and find-in-page completely. */
export const RENDER_ALL = 60;
/** A row's height (px) until rows are measured. */
export const ESTIMATE = 180;
