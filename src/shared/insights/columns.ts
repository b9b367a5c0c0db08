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

/** "2025-03-04" as 20250304, so days compare as numbers. */
export const dayNumber = (iso: string): number =>
  Number(iso.slice(0, 4)) * 10_000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10))

export const dayString = (n: number): string =>
  `${String(Math.floor(n / 10_000)).padStart(4, '0')}-${String(Math.floor(n / 100) % 100).padStart(2, '0')}-${String(n % 100).padStart(2, '0')}`

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/**
 * Texts kept as UTF-8 bytes in one growing buffer: half the memory of JavaScript strings for
 * notes with a typographic apostrophe or an accent outside Latin-1, and no object per text.
 * Replaced or removed texts leave dead bytes, reclaimed once they are half the buffer.
 */
export class TextArena {
  private bytes = new Uint8Array(1 << 16)
  private used = 0
  private dead = 0
  private readonly start = Column.int()
  private readonly length = Column.int()

  set(ix: number, text: string): void {
    this.clear(ix)
    const encoded = encoder.encode(text)
    if (this.used + encoded.length > this.bytes.length) this.grow(encoded.length)
    this.bytes.set(encoded, this.used)
    this.start.set(ix, this.used)
    this.length.set(ix, encoded.length)
    this.used += encoded.length
  }

  get(ix: number): string {
    const start = this.start.data[ix] ?? 0
    return decoder.decode(this.bytes.subarray(start, start + (this.length.data[ix] ?? 0)))
  }

  clear(ix: number): void {
    if (ix < this.length.data.length) {
      this.dead += this.length.data[ix]!
      this.length.data[ix] = 0
    }
  }

  /**
   * Room for `more` bytes: live texts packed together first if half the buffer is dead. Grows by a
   * quarter at a time (a copy now and then is cheap next to a buffer twice too big for good).
   */
  private grow(more: number): void {
    const compact = this.dead > this.used / 2
    const live = compact ? this.used - this.dead : this.used
    const packed = new Uint8Array(Math.max(live + more, Math.ceil(this.bytes.length * 1.25)))
    if (compact) {
      let at = 0
      for (let ix = 0; ix < this.length.data.length; ix++) {
        const n = this.length.data[ix]!
        if (n === 0) continue
        const s = this.start.data[ix]!
        packed.set(this.bytes.subarray(s, s + n), at)
        this.start.data[ix] = at
        at += n
      }
      this.used = at
      this.dead = 0
    } else packed.set(this.bytes.subarray(0, this.used))
    this.bytes = packed
  }
}
