/** A listener map: event name → listener signature. */
export type ListenerMap = Record<string, (...args: never[]) => void>;

/**
 * A tiny typed event bus. A listener that throws does not stop the others; its error is rethrown asynchronously so it
 * still shows in the console.
 */
export class Emitter<L extends ListenerMap> {
  private readonly listeners: { [K in keyof L]?: L[K][] } = {};

  /** Adds a listener; returns a function that removes it. */
  on<K extends keyof L>(event: K, listener: L[K]): () => void {
    const list = this.listeners[event] || (this.listeners[event] = []);
    list.push(listener);
    return () => this.off(event, listener);
  }

  off<K extends keyof L>(event: K, listener: L[K]): void {
    const list = this.listeners[event];
    if (!list) return;
    const index = list.indexOf(listener);
    if (index >= 0) list.splice(index, 1);
  }

  emit<K extends keyof L>(event: K, ...args: Parameters<L[K]>): void {
    const list = this.listeners[event];
    if (!list) return;
    list.slice().forEach((listener) => {
      try {
        (listener as (...a: Parameters<L[K]>) => void)(...args);
      } catch (e) {
        setTimeout(() => {
          throw e;
        }, 0);
      }
    });
  }

  removeAll(): void {
    Object.keys(this.listeners).forEach((key) => {
      delete this.listeners[key as keyof L];
    });
  }
}
