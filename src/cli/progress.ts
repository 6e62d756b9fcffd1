/** Documents done, rate and time left, redrawn on one line of stderr at most five times a second. */
export class Progress {
  private done_ = 0;
  private last = 0;
  private readonly started = Date.now();

  constructor(
    private readonly on: boolean,
    private readonly total: number | null,
  ) {}

  tick(): void {
    this.done_++;
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.draw(now);
  }

  private draw(now: number): void {
    const secs = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.done_ / secs;
    let line = `${this.done_} docs  ${rate.toFixed(0)} docs/s`;
    if (this.total) {
      const width = 24;
      const filled = Math.min(width, Math.round((this.done_ / this.total) * width));
      const left = rate > 0 ? Math.max(0, (this.total - this.done_) / rate) : 0;
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done_}/${this.total} docs  ${rate.toFixed(0)} docs/s  ${left.toFixed(0)}s left`;
    }
    process.stderr.write(`\r${line}\x1b[K`);
  }

  clear(): void {
    if (this.on) process.stderr.write('\r\x1b[K');
  }

  done(): void {
    if (!this.on) return;
    this.draw(Date.now());
    process.stderr.write('\n');
  }
}
