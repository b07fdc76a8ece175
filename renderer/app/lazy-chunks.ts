// The screens behind the attract screen are chunks of their own (App.tsx, LazyListenControl.tsx),
// fetched after the first paint. Every such fetch goes through here so that whoever started it —
// a warm-up effect or React.lazy — can be waited for: a test file that ends while a chunk is still
// loading would leave the import running into its torn-down environment, and vitest fails the
// whole run for that (CI, stop 19). In the kiosk this only remembers what is in flight.
const inFlight = new Set<Promise<unknown>>()

/** Fetches a chunk and remembers it until it has arrived (or failed). */
export function loadChunk<Module>(load: () => Promise<Module>): Promise<Module> {
  const fetching = load()
  const settled: Promise<unknown> = fetching.then(
    () => inFlight.delete(settled),
    () => inFlight.delete(settled),
  )
  inFlight.add(settled)
  return fetching
}

/** Resolves once every chunk fetch started so far has arrived or failed. */
export async function chunksSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.all(inFlight)
}
