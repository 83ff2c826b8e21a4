/**
 * A minimal listener list for one kind of event. A listener that throws does not stop the others; its error is
 * rethrown on a later tick so it still reaches the console.
 */
export class Listeners<T> {
  private list: ((value: T) => void)[] = [];

  /** Adds a listener; the returned function removes it. */
  add(listener: (value: T) => void): () => void {
    this.list = this.list.concat(listener);
    return () => {
      this.list = this.list.filter((l) => l !== listener);
    };
  }

  emit(value: T): void {
    for (const listener of this.list) {
      try {
        listener(value);
      } catch (error) {
        setTimeout(() => {
          throw error;
        }, 0);
      }
    }
  }
}
