/**
 * Finds which of many lower-case substrings occur in a text in one pass (Aho-Corasick). Built
 * once from every literal of every table; scanning costs one step per character however many
 * literals there are, and cannot backtrack.
 */

/** States up to this many characters deep get a full row of transitions (see buildTables). */
const DENSE_DEPTH = 2;

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
  /** Dense state × column → next state, failure links already followed (see buildTables). */
  private delta: Uint16Array | Uint32Array = new Uint16Array(0);
  /** States numbered below this have a row in `delta`. */
  private denseCount = 0;
  /** A state's edges: characters and next states in [edgeStart[s], edgeStart[s + 1]). */
  private edgeStart = new Uint32Array(1);
  private edgeChar = new Uint16Array(0);
  private edgeNext = new Uint32Array(0);
  private failOf = new Uint32Array(1);
  /** A state's literals (its own and its failure links'): outIds[outStart[s] .. outStart[s + 1]). */
  private outStart = new Uint32Array(2);
  private outIds = new Uint32Array(0);

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

  /** Computes the failure links and the compact scanning tables; call once after the last add(). */
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
    this.buildTables([0, ...queue]);
    this.seen = new Uint32Array(this.ids.size);
    this.built = true;
  }

  /**
   * The scanning tables, small enough to stay in the processor's caches between two failures
   * explained (a full transition table for all 12,000 states took 1.4 MB, and explaining a failure
   * after reading a message, which had evicted it, cost three times as much as with it cached).
   * Most states lie on the chain of one literal and have a single next character, so:
   * - the states of depth at most DENSE_DEPTH, where scanning spends most steps, get a full row of
   *   transitions for ASCII characters, failure links already followed;
   * - every other state keeps only its own edges and its failure link, followed while scanning;
   * - states are renumbered: the dense ones first, then the others depth-first, so that the
   *   states of one literal's chain sit next to each other.
   */
  private buildTables(bfsOrder: readonly number[]): void {
    const states = this.next.length;
    const depth = new Uint16Array(states);
    for (const state of bfsOrder)
      for (const to of (this.next[state] as Map<number, number>).values()) depth[to] = (depth[state] as number) + 1;
    // New numbering: dense states in breadth-first order, then the rest in depth-first order.
    const renumbered = new Int32Array(states).fill(-1);
    let count = 0;
    for (const state of bfsOrder) if ((depth[state] as number) <= DENSE_DEPTH) renumbered[state] = count++;
    this.denseCount = count;
    const stack = [0];
    while (stack.length > 0) {
      const state = stack.pop() as number;
      if (renumbered[state] === -1) renumbered[state] = count++;
      const children = [...(this.next[state] as Map<number, number>).values()];
      for (let k = children.length - 1; k >= 0; k--) stack.push(children[k] as number);
    }
    const id = (state: number) => renumbered[state] as number;

    // Edges and outputs of every state, as ranges of flat arrays indexed by the new numbers.
    const oldOf = new Int32Array(states);
    for (let state = 0; state < states; state++) oldOf[id(state)] = state;
    let edges = 0;
    let outs = 0;
    for (let state = 0; state < states; state++) {
      edges += (this.next[state] as Map<number, number>).size;
      outs += (this.out[state] as number[]).length;
    }
    this.edgeStart = new Uint32Array(states + 1);
    this.edgeChar = new Uint16Array(edges);
    this.edgeNext = new Uint32Array(edges);
    this.outStart = new Uint32Array(states + 1);
    this.outIds = new Uint32Array(outs);
    this.failOf = new Uint32Array(states);
    edges = 0;
    outs = 0;
    for (let n = 0; n < states; n++) {
      const state = oldOf[n] as number;
      this.edgeStart[n] = edges;
      for (const [c, to] of this.next[state] as Map<number, number>) {
        this.edgeChar[edges] = c;
        this.edgeNext[edges++] = id(to);
      }
      this.outStart[n] = outs;
      for (const literal of this.out[state] as number[]) this.outIds[outs++] = literal;
      this.failOf[n] = id(this.fail[state] as number);
    }
    this.edgeStart[states] = edges;
    this.outStart[states] = outs;

    // The dense rows: the ASCII characters the literals use are the columns (0: any other).
    for (const literal of this.ids.keys())
      for (let i = 0; i < literal.length; i++) {
        const c = literal.charCodeAt(i);
        if (c < 128 && this.column[c] === 0) this.column[c] = this.columns++;
      }
    const width = this.columns;
    const delta = states < 0xffff ? new Uint16Array(count * width) : new Uint32Array(count * width);
    // Breadth-first, so that a failure link (always shallower) already has its row.
    for (const state of bfsOrder) {
      const n = id(state);
      if (n >= this.denseCount) continue;
      for (let c = 0; c < 128; c++) {
        const col = this.column[c] as number;
        if (col === 0) continue;
        const to = (this.next[state] as Map<number, number>).get(c);
        delta[n * width + col] =
          to !== undefined ? id(to) : n === 0 ? 0 : (delta[(this.failOf[n] as number) * width + col] as number);
      }
    }
    this.delta = delta;
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
    const found = this.found;
    found.length = 0;
    const { delta, column, edgeStart, edgeChar, edgeNext, failOf, outStart, outIds, denseCount } = this;
    const width = this.columns;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // Follow the state's own edge for c, else its failure link, until a dense row (for ASCII)
      // or the root (for other characters) takes over.
      let to = -1;
      while (c >= 128 || state >= denseCount) {
        for (let e = edgeStart[state] as number, end = edgeStart[state + 1] as number; e < end; e++) {
          if (edgeChar[e] === c) {
            to = edgeNext[e] as number;
            break;
          }
        }
        if (to !== -1 || state === 0) break;
        state = failOf[state] as number;
      }
      if (to !== -1) state = to;
      else state = c < 128 ? (delta[state * width + (column[c] as number)] as number) : 0;
      for (let k = outStart[state] as number, end = outStart[state + 1] as number; k < end; k++) {
        const id = outIds[k] as number;
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
