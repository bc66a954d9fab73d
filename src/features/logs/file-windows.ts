/**
 * Bytes [start, end) of a file, window after window, in one buffer: what a
 * window's reader did not use comes first in the next window. The buffer is
 * filled from the file's stream in place (a "BYOB" reader), so reading takes
 * no fresh memory for each piece: in a browser, fresh memory costs more than
 * the copy.
 */
export class FileWindows {
  private buffer: ArrayBuffer;
  private filled = 0;
  /** Where in the file the window starts. */
  at: number;
  private next_: number;
  private finished = false;
  private readonly reader: ReadableStreamBYOBReader | undefined;

  constructor(
    private readonly file: Blob,
    start: number,
    private readonly end: number,
    size: number,
  ) {
    this.buffer = new ArrayBuffer(Math.max(1, size));
    this.at = start;
    this.next_ = start;
    try {
      this.reader = file.slice(start, end).stream().getReader({ mode: 'byob' });
    } catch {
      // No byte stream here: the file is read slice by slice.
      this.reader = undefined;
    }
  }

  /** The whole range has been read into the buffer. */
  get atEnd(): boolean {
    return this.finished || this.next_ >= this.end;
  }

  /** Drops the window's first `used` bytes and fills the rest of the buffer from the file. */
  async next(used: number): Promise<Uint8Array> {
    if (used > 0) {
      new Uint8Array(this.buffer).copyWithin(0, used, this.filled);
      this.filled -= used;
      this.at += used;
    }
    while (this.filled < this.buffer.byteLength && !this.atEnd) {
      const room = this.buffer.byteLength - this.filled;
      let read: number;
      if (this.reader) {
        const { value } = await this.reader.read(new Uint8Array(this.buffer, this.filled, room));
        if (!value) throw new Error('The file could not be read.');
        // The buffer was handed to the stream and comes back as the value's.
        this.buffer = value.buffer;
        read = value.length;
      } else {
        const chunk = new Uint8Array(await this.file.slice(this.next_, Math.min(this.end, this.next_ + room)).arrayBuffer());
        new Uint8Array(this.buffer).set(chunk, this.filled);
        read = chunk.length;
      }
      if (read === 0) this.finished = true;
      this.filled += read;
      this.next_ += read;
    }
    return new Uint8Array(this.buffer, 0, this.filled);
  }

  /** Lets the file go. */
  cancel(): void {
    void this.reader?.cancel().catch(() => undefined);
  }
}
