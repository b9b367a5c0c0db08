/**
 * Growable typed-array columns, one value per note slot: a note costs a few bytes per column
 * instead of an object with a dozen properties (100,000 notes must fit beside the app).
 */
export class Column<A extends Int32Array | Float64Array | Uint8Array> {
  constructor(
    private make: (size: number) => A,
    public data: A
  ) {}

  static int(size = 1024) {
    return new Column((n) => new Int32Array(n), new Int32Array(size))
  }
  static float(size = 1024) {
    return new Column((n) => new Float64Array(n), new Float64Array(size))
  }
  static byte(size = 1024) {
    return new Column((n) => new Uint8Array(n), new Uint8Array(size))
  }

  set(ix: number, value: number): void {
    if (ix >= this.data.length) {
      const grown = this.make(Math.max(ix + 1, this.data.length * 2))
      grown.set(this.data as never)
      this.data = grown
    }
    this.data[ix] = value
  }
}

/** A value's number in a dictionary of the values seen so far (places, tags, speakers…). */
export class Dictionary {
  private readonly codes = new Map<string, number>()
  readonly values: string[] = []
  code(value: string): number {
    let code = this.codes.get(value)
    if (code === undefined) {
      code = this.values.length
      this.codes.set(value, code)
      this.values.push(value)
    }
    return code
  }
  find(value: string): number | undefined {
    return this.codes.get(value)
  }
}

/**
 * Equal lists shared: most notes carry one of a few tag or link combinations, and 100,000 small
 * arrays of their own cost megabytes of heap. The lists handed out are never changed. A
 * combination stays known once seen, which is bounded by the notebook's distinct combinations.
 */
export class ListInterner<T extends string | number> {
  private readonly lists = new Map<string, readonly T[]>()
  private static readonly EMPTY: readonly never[] = []

  of(list: readonly T[]): readonly T[] {
    if (list.length === 0) return ListInterner.EMPTY
    const key = list.join('\u0000')
    let shared = this.lists.get(key)
    if (!shared) this.lists.set(key, (shared = Object.freeze([...list])))
    return shared
  }
}

/** "2025-03-04" as 20250304, so days compare as numbers. */
export const dayNumber = (iso: string): number =>
  Number(iso.slice(0, 4)) * 10_000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10))

export const dayString = (n: number): string =>
  `${String(Math.floor(n / 10_000)).padStart(4, '0')}-${String(Math.floor(n / 100) % 100).padStart(2, '0')}-${String(n % 100).padStart(2, '0')}`

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Bytes in one chunk of texts: big enough for any note, small enough to waste little. */
const CHUNK = 1 << 20

/**
 * Texts kept as UTF-8 bytes: half the memory of JavaScript strings for notes with a typographic
 * apostrophe or an accent outside Latin-1, and no object per text. Bytes go into fixed 1 MB
 * chunks that are never reallocated: a buffer regrown again and again left freed copies the
 * allocator kept (measured: ~30 MB of resident memory at 100,000 notes). A replaced or removed
 * text leaves dead bytes; a chunk whose texts are all dead is dropped.
 */
export class TextArena {
  private readonly chunks: Uint8Array[] = []
  private readonly liveIn: number[] = []
  private used = CHUNK
  private readonly chunk = Column.int()
  private readonly start = Column.int()
  private readonly length = Column.int()

  set(ix: number, text: string): void {
    this.clear(ix)
    // Straight into the chunk: a temporary array per note would leave the allocator with 100,000
    // small holes between the long-lived buffers.
    let written = this.fill(text)
    if (written < 0) {
      this.startChunk(text.length * 3)
      written = this.fill(text)
    }
    const c = this.chunks.length - 1
    this.chunk.set(ix, c)
    this.start.set(ix, this.used)
    this.length.set(ix, written + 1)
    this.liveIn[c]!++
    this.used += written
  }

  /** Bytes written at the end of the last chunk, or -1 when the text does not fit there. */
  private fill(text: string): number {
    const last = this.chunks[this.chunks.length - 1]
    if (!last || last.length - this.used < text.length) return -1
    const { read, written } = encoder.encodeInto(text, last.subarray(this.used))
    return read === text.length ? written : -1
  }

  private startChunk(atLeast: number): void {
    this.chunks.push(new Uint8Array(Math.max(CHUNK, atLeast)))
    this.liveIn.push(0)
    this.used = 0
  }

  get(ix: number): string {
    const n = (this.length.data[ix] ?? 0) - 1
    if (n < 0) return ''
    const start = this.start.data[ix]!
    return decoder.decode(this.chunks[this.chunk.data[ix]!]!.subarray(start, start + n))
  }

  clear(ix: number): void {
    if (ix >= this.length.data.length || this.length.data[ix] === 0) return
    this.length.data[ix] = 0
    const c = this.chunk.data[ix]!
    // The last chunk is still being filled; an older one with no live text goes.
    if (--this.liveIn[c]! === 0 && c < this.chunks.length - 1) this.chunks[c] = EMPTY
  }

  /** The chunk being filled, cut to what it holds (after the start-up build). */
  trim(): void {
    const last = this.chunks.length - 1
    if (last < 0) return
    this.chunks[last] = this.chunks[last]!.slice(0, this.used)
    this.used = CHUNK
  }
}

const EMPTY = new Uint8Array(0)
