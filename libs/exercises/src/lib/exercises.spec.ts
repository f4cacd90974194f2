import { exercises } from './exercises';

describe('exercises', () => {
  it('should work', () => {
    expect(exercises()).toEqual('exercises');
  });
});
