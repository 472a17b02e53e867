/**
 * Ticks on the checklist, kept in this browser's localStorage only: nothing leaves the page.
 * Storage may be unavailable (private modes, sandboxed frames, a full quota): ticks then last
 * as long as the page, and nothing throws.
 */
export function loadTicks(key: string): Set<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

export function saveTicks(key: string, ticked: ReadonlySet<string>): void {
  try {
    if (ticked.size === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify([...ticked]));
  } catch {
    // Storage refused: the ticks stay for this page only.
  }
}
