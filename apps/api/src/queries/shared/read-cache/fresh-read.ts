/**
 * Coalesces concurrent reads of a small, changing value (the projections'
 * checkpoints) without ever handing a caller a read that began before it asked:
 * a caller joins the read under way only if none is under way yet; otherwise it
 * joins the one that starts as soon as the current read ends. So at most one
 * read is in flight, shared by every request that arrived during the previous
 * one, and each answer reflects the state at or after the moment it was asked.
 */
export class FreshRead<T> {
  private current: Promise<T> | null = null;
  private next: Promise<T> | null = null;

  constructor(private readonly load: () => Promise<T>) {}

  read(): Promise<T> {
    if (!this.current) return this.start();
    return (this.next ??= this.current.then(
      () => this.startNext(),
      () => this.startNext(),
    ));
  }

  private startNext(): Promise<T> {
    this.next = null;
    return this.start();
  }

  private start(): Promise<T> {
    const started = this.load().finally(() => {
      if (this.current === started) this.current = null;
    });
    this.current = started;
    return started;
  }
}
