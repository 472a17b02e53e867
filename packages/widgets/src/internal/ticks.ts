/**
 * Ticks on the checklist, kept in this browser's localStorage only: nothing leaves the page.
 * Storage may be unavailable (private modes, sandboxed frames, a full quota): ticks then last
 * as long as the page, and nothing throws.
 */
/**
 * The ticks stored under `key`, keeping only the ids in `known` (the framework's indicators):
 * an indicator renamed or dropped in a corrected framework would otherwise stay in storage
 * for ever. What was dropped is written back at once.
 */
export function loadTicks(key: string, known: ReadonlySet<string>): Set<string> {
  let stored: unknown[];
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    stored = Array.isArray(value) ? value : [];
  } catch {
    return new Set();
  }
  const ticked = new Set(stored.filter((v): v is string => typeof v === 'string' && known.has(v)));
  if (ticked.size !== stored.length) saveTicks(key, ticked);
  return ticked;
}

export function saveTicks(key: string, ticked: ReadonlySet<string>): void {
  try {
    if (ticked.size === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify([...ticked]));
  } catch {
    // Storage refused: the ticks stay for this page only.
  }
}
