/** A watch for uncaught errors and unhandled rejections: the one every test runs under (setup.ts) and the proofs use. */
export interface Watch {
  problems: string[];
  stop: () => void;
}

/** Records every uncaught error and unhandled rejection until `stop()`. */
export function watchUncaught(): Watch {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
