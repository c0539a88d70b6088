/** Vite's `?raw` imports: the file's text as a string (the theming page shows its own stylesheets). */
declare module '*?raw' {
  const text: string;
  export default text;
}
