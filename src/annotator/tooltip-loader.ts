/**
 * Loads the tooltip script (api.ts) at most once at a time: the first hover or focus on a mark asks
 * the background to inject it, later requests share that attempt, and a failed attempt is forgotten
 * so the next request tries again. Nothing here ever throws into the page: callers get a rejection.
 */
import { addStrings } from './i18n.ts';
import type { TooltipApi } from './tooltip/api.ts';

export interface TooltipLoaderOptions {
  /** Asks for the tooltip script to run in this frame; resolves once it ran (false: it was refused). */
  inject: () => Promise<boolean>;
  /** The API the script published, if it ran. */
  read: () => TooltipApi | undefined;
}

export interface TooltipLoader {
  /** The API if it is loaded already (no request). */
  current(): TooltipApi | null;
  /** The API, injecting the script first if needed. */
  load(): Promise<TooltipApi>;
}

/** Creates a loader; it is per content-script instance, so a new instance injects its own copy. */
export function createTooltipLoader(opts: TooltipLoaderOptions): TooltipLoader {
  let api: TooltipApi | null = null;
  let pending: Promise<TooltipApi> | null = null;

  async function attempt(): Promise<TooltipApi> {
    const ran = await opts.inject();
    const got = ran ? opts.read() : undefined;
    if (!got) throw new Error('The tooltip script could not be loaded');
    // Its UI strings come with it: every translator made so far knows them from now on.
    addStrings(got.strings);
    return got;
  }

  return {
    current: () => api,
    load() {
      if (api) return Promise.resolve(api);
      pending ??= attempt().then(
        (got) => {
          api = got;
          pending = null;
          return got;
        },
        (err: unknown) => {
          pending = null;
          throw err;
        },
      );
      return pending;
    },
  };
}
