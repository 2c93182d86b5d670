// Tabs of the same page telling each other that a game's save was written, so that one tab owns a
// game: a BroadcastChannel message on every write (it works even when storage is full and writes
// fail), and the `storage` event as the fallback where BroadcastChannel is missing.
// The store decides what a message means (tabs.ts only carries it).

export interface TabLink {
  /** Tells the other tabs that `tab` wrote (or tried to write) `slot`. */
  post(slot: string, tab: string): void;
  /** Calls `fn` for every write another tab reports. */
  listen(fn: (slot: string, tab: string) => void): void;
}

const CHANNEL = 'community-secretary.saves';

/** This tab's id: random per page load (the UI may use randomness; the core never does). */
let id: string | null = null;
export function tabId(): string {
  if (id === null) {
    const bytes = new Uint8Array(6);
    globalThis.crypto?.getRandomValues?.(bytes);
    id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('') || String(Date.now());
  }
  return id;
}

/** The browser's link, or null where neither BroadcastChannel nor window events exist. */
export function browserTabs(savePrefix: string): TabLink | null {
  const fns: ((slot: string, tab: string) => void)[] = [];
  const deliver = (slot: unknown, tab: unknown) => {
    if (typeof slot !== 'string' || typeof tab !== 'string' || slot.length > 64 || tab.length > 64) return;
    for (const fn of fns) fn(slot, tab);
  };
  let channel: BroadcastChannel | null = null;
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  } catch {
    channel = null;
  }
  if (channel)
    channel.onmessage = (e: MessageEvent) => {
      const d = e.data as { slot?: unknown; tab?: unknown } | null;
      if (d && typeof d === 'object') deliver(d.slot, d.tab);
    };
  else if (typeof window !== 'undefined')
    // Fires in the other tabs only, on a successful write of a save key.
    window.addEventListener('storage', (e) => {
      if (e.key?.startsWith(savePrefix) && !e.key.endsWith('.unsaved'))
        deliver(e.key.slice(savePrefix.length), 'another-tab');
    });
  else return null;
  return {
    post(slot, tab) {
      try {
        channel?.postMessage({ slot, tab });
      } catch {
        // A closed channel: nothing to tell.
      }
    },
    listen(fn) {
      fns.push(fn);
    },
  };
}

/** The store's options in a browser page: sessionStorage for the "behind" marker, and the tab link. */
export function browserStoreOptions(savePrefix: string): { backup: Storage | null; tabs: TabLink | null } {
  let backup: Storage | null = null;
  try {
    backup = window.sessionStorage;
  } catch {
    backup = null;
  }
  return { backup, tabs: browserTabs(savePrefix) };
}
