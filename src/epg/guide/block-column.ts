/**
 * A growable column of 32-bit integers kept in fixed-size blocks: appending never copies what is already stored
 * and never reserves more than one block ahead, which keeps the peak memory of a build close to its data.
 */
const BLOCK_BITS = 14;
const BLOCK_SIZE = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK_SIZE - 1;

export class BlockColumn {
  length = 0;
  private blocks: Int32Array[] = [];

  push(value: number): void {
    const at = this.length & BLOCK_MASK;
    if (at === 0) this.blocks.push(new Int32Array(BLOCK_SIZE));
    this.blocks[this.blocks.length - 1][at] = value;
    this.length++;
  }

  get(index: number): number {
    return this.blocks[index >> BLOCK_BITS][index & BLOCK_MASK];
  }

  set(index: number, value: number): void {
    this.blocks[index >> BLOCK_BITS][index & BLOCK_MASK] = value;
  }

  /** A compact array of the values at `order[0..count)`, then frees the blocks. */
  gather(order: Int32Array, count: number): Int32Array {
    const out = new Int32Array(count);
    const blocks = this.blocks;
    for (let i = 0; i < count; i++) {
      const index = order[i];
      out[i] = blocks[index >> BLOCK_BITS][index & BLOCK_MASK];
    }
    this.release();
    return out;
  }

  release(): void {
    this.blocks = [];
    this.length = 0;
  }
}
