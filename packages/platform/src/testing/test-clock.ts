/** A clock tests move by hand. */
export class TestClock {
  constructor(private at = Date.now()) {}
  now = () => new Date(this.at);
  set(at: Date | string) {
    this.at = new Date(at).getTime();
  }
  advance(ms: number) {
    this.at += ms;
  }
}
