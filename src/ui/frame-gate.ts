/**
 * Collapses any number of render requests into one per animation frame: controllers call
 * `request()` whenever new data arrives, the host renders once when the frame comes.
 */
export class FrameGate {
  private pending = false;

  constructor(
    private readonly render: () => void,
    private readonly nextFrame: (callback: () => void) => void = (callback) =>
      requestAnimationFrame(() => callback()),
  ) {}

  request(): void {
    if (this.pending) return;
    this.pending = true;
    this.nextFrame(() => {
      this.pending = false;
      this.render();
    });
  }
}
