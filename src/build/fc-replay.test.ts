import { describe, expect, it } from 'vitest';
import { replayFrom } from './fc-replay';

describe('replayFrom', () => {
  it('replays nothing when FC_SEED is unset or empty', () => {
    expect(replayFrom({})).toStrictEqual({});
    expect(replayFrom({ FC_SEED: '  ' })).toStrictEqual({});
  });

  it('takes the seed fast-check printed, negative ones too, and the path when given', () => {
    expect(replayFrom({ FC_SEED: '1642170530' })).toStrictEqual({ seed: 1642170530 });
    expect(replayFrom({ FC_SEED: ' -330531040 ', FC_PATH: '' })).toStrictEqual({ seed: -330531040 });
    expect(replayFrom({ FC_SEED: '-330531040', FC_PATH: '8:0:4:3' })).toStrictEqual({ seed: -330531040, path: '8:0:4:3' });
    expect(replayFrom({ FC_SEED: '7', FC_PATH: '0' })).toStrictEqual({ seed: 7, path: '0' });
  });

  it('refuses a seed or a path that is not one fast-check prints', () => {
    expect(() => replayFrom({ FC_PATH: '1:2' })).toThrow('FC_PATH is set without FC_SEED: give both, as the failed run printed them');
    expect(() => replayFrom({ FC_SEED: '12abc' })).toThrow('FC_SEED must be an integer, as the failed run printed it; got "12abc"');
    expect(() => replayFrom({ FC_SEED: '1.5' })).toThrow('FC_SEED must be an integer');
    expect(() => replayFrom({ FC_SEED: '7', FC_PATH: '1:x' })).toThrow('FC_PATH must look like "11:3:0"; got "1:x"');
    expect(() => replayFrom({ FC_SEED: '7', FC_PATH: '1:' })).toThrow('FC_PATH must look like');
  });
});
