/**
 * Finds which of many lower-case substrings occur in a text in one pass (Aho-Corasick). Built
 * once from every literal of every table; scanning costs one step per character however many
 * literals there are, and cannot backtrack.
 */

export class LiteralMatcher {
  /** Per state: next state by character code. */
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Per state: ids of the literals that end here (including via fail links). */
  private readonly out: number[][] = [[]];
  private readonly ids = new Map<string, number>();
  private stamp = 0;
  private seen: Uint32Array = new Uint32Array(0);
  private built = false;
  /** ASCII character → column of `delta` (0: a character no literal has). */
  private readonly column = new Uint8Array(128);
  private columns = 1;
  /** state × column → next state, failure links already followed: one lookup per ASCII character. */
  private delta: Uint16Array | Uint32Array = new Uint16Array(0);

  /** Registers a literal and returns its id (the same id for the same text). */
  add(literal: string): number {
    const known = this.ids.get(literal);
    if (known !== undefined) return known;
    if (this.built) throw new Error("LiteralMatcher: add() after build()");
    const id = this.ids.size;
    this.ids.set(literal, id);
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const c = literal.charCodeAt(i);
      const edges = this.next[state] as Map<number, number>;
      let to = edges.get(c);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        edges.set(c, to);
      }
      state = to;
    }
    (this.out[state] as number[]).push(id);
    return id;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Computes the failure links; call once after the last add(). */
  build(): void {
    const queue: number[] = [];
    for (const to of (this.next[0] as Map<number, number>).values()) {
      this.fail[to] = 0;
      queue.push(to);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      for (const [c, to] of this.next[state] as Map<number, number>) {
        queue.push(to);
        let f = this.fail[state] as number;
        while (f !== 0 && !(this.next[f] as Map<number, number>).has(c)) f = this.fail[f] as number;
        const target = (this.next[f] as Map<number, number>).get(c);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        const inherited = this.out[this.fail[to] as number] as number[];
        if (inherited.length > 0) this.out[to] = [...(this.out[to] as number[]), ...inherited];
      }
    }
    // The dense table for ASCII text: the columns are the ASCII characters the literals use.
    for (const literal of this.ids.keys())
      for (let i = 0; i < literal.length; i++) {
        const c = literal.charCodeAt(i);
        if (c < 128 && this.column[c] === 0) this.column[c] = this.columns++;
      }
    const states = this.next.length;
    const width = this.columns;
    const delta = states < 0xffff ? new Uint16Array(states * width) : new Uint32Array(states * width);
    const order = [0, ...queue];
    for (const state of order) {
      for (let c = 0; c < 128; c++) {
        const col = this.column[c] as number;
        if (col === 0) continue;
        const to = (this.next[state] as Map<number, number>).get(c);
        delta[state * width + col] =
          to !== undefined ? to : state === 0 ? 0 : (delta[(this.fail[state] as number) * width + col] as number);
      }
    }
    this.delta = delta;
    this.seen = new Uint32Array(this.ids.size);
    this.built = true;
  }

  /** Ids of the literals found by the last scan, each once, in order of discovery. */
  readonly found: number[] = [];

  /** Scans the text; afterwards `has(id)` and `found` tell which literals occur in it. */
  scan(text: string): void {
    if (!this.built) this.build();
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const seen = this.seen;
    const next = this.next;
    const fail = this.fail;
    const out = this.out;
    const found = this.found;
    found.length = 0;
    const delta = this.delta;
    const column = this.column;
    const width = this.columns;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        state = delta[state * width + (column[c] as number)] as number;
      } else {
        let to = (next[state] as Map<number, number>).get(c);
        while (to === undefined && state !== 0) {
          state = fail[state] as number;
          to = (next[state] as Map<number, number>).get(c);
        }
        state = to ?? 0;
      }
      const ends = out[state] as number[];
      for (let k = 0; k < ends.length; k++) {
        const id = ends[k] as number;
        if (seen[id] !== stamp) {
          seen[id] = stamp;
          found.push(id);
        }
      }
    }
  }

  /** True when the literal occurred in the last scanned text. */
  has(id: number): boolean {
    return this.seen[id] === this.stamp;
  }
}
