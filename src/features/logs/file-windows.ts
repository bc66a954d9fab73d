/**
 * Bytes [start, end) of a file, window after window, in one buffer: what a
 * window's reader did not use comes first in the next window. The buffer is
 * filled from the file's stream in place (a "BYOB" reader), so reading takes
 * no fresh memory for each piece: in a browser, fresh memory costs more than
 * the copy.
 *
 * The range is streamed a stretch (STRETCH_BYTES) at a time, one stream per
 * stretch. A browser's file stream reads ahead of its reader as fast as the
 * disk gives, and holds what it read: one worker streaming bench:logs'
 * 200 MB file grew the renderer by ~380 MB, most of the file. A stream over
 * a stretch holds at most that stretch (4 MB stretches held no less than
 * 16 MB ones). Reading each piece apart (`slice().arrayBuffer()`, or
 * FileReaderSync) holds nothing ahead, but waits for every piece: in
 * Chromium it read four times slower.
 */

/** How much of the file one stream covers: what it may hold ahead of its reader. */
export const STRETCH_BYTES = 16 * 1024 * 1024;

export class FileWindows {
  private buffer: ArrayBuffer;
  private filled = 0;
  /** Where in the file the window starts. */
  at: number;
  private next_: number;
  private finished = false;
  private reader: ReadableStreamBYOBReader | undefined;
  /** Where the current stream's stretch ends. */
  private stretchEnd: number;
  private readonly streams: boolean;

  constructor(
    private readonly file: Blob,
    start: number,
    private readonly end: number,
    size: number,
    /** How much one stream covers (tests make it small). */
    private readonly stretch = STRETCH_BYTES,
  ) {
    this.buffer = new ArrayBuffer(Math.max(1, size));
    this.at = start;
    this.next_ = start;
    this.stretchEnd = start;
    this.streams = true;
    try {
      this.reader = this.open();
    } catch {
      // No byte stream here: the file is read slice by slice.
      this.reader = undefined;
      this.streams = false;
    }
  }

  /** A stream over the next stretch of the range. */
  private open(): ReadableStreamBYOBReader {
    this.stretchEnd = Math.min(this.end, this.next_ + this.stretch);
    return this.file.slice(this.next_, this.stretchEnd).stream().getReader({ mode: 'byob' });
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
      if (this.streams) {
        // The stretch is read: the next one gets a stream of its own.
        if (this.next_ >= this.stretchEnd) this.reader = this.open();
        const reader = this.reader;
        if (!reader) throw new Error('The file could not be read.');
        const { value } = await reader.read(new Uint8Array(this.buffer, this.filled, Math.min(room, this.stretchEnd - this.next_)));
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
