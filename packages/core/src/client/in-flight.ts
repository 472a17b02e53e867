/**
 * One request per key at a time: callers that ask while a request is under way share it. Each
 * caller keeps its own `AbortSignal`: an abort rejects that caller only, and the shared
 * request is cancelled when every caller that could still wait for it has aborted.
 */

interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  /** Callers that may still wait; one without a signal always waits. */
  waiting: number;
}

/**
 * A map of requests under way, by key.
 *
 * @example
 * ```ts
 * const inFlight = new InFlight<Response>();
 * const [a, b] = await Promise.all([
 *   inFlight.run(url, undefined, (signal) => fetch(url, { signal })),
 *   inFlight.run(url, undefined, (signal) => fetch(url, { signal })), // joins the first
 * ]);
 * ```
 */
export class InFlight<T> {
  #flights = new Map<string, Flight<T>>();

  /** Joins the request under way for `key`, or starts one with `start`. */
  run(key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let flight = this.#flights.get(key);
    if (!flight) {
      const controller = new AbortController();
      const started: Flight<T> = { controller, waiting: 0, promise: Promise.resolve() as Promise<never> };
      started.promise = start(controller.signal).finally(() => {
        if (this.#flights.get(key) === started) this.#flights.delete(key);
      });
      this.#flights.set(key, started);
      flight = started;
    }
    flight.waiting++;
    if (!signal) return flight.promise;

    const joined = flight;
    return new Promise<T>((resolve, reject) => {
      const abort = () => {
        reject(signal.reason);
        if (--joined.waiting === 0) {
          joined.controller.abort(signal.reason);
          if (this.#flights.get(key) === joined) this.#flights.delete(key);
        }
      };
      signal.addEventListener('abort', abort, { once: true });
      joined.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
    });
  }

  /** How many requests are under way. */
  get size(): number {
    return this.#flights.size;
  }
}
