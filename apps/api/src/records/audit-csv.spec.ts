import { csvCell, csvRow } from './audit-csv';

describe('audit CSV cells', () => {
  it('quotes every cell and doubles quotes inside', () => {
    expect(csvRow(['a', 'say "hi"', null, 3])).toBe('"a","say ""hi""","","3"\r\n');
  });

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tlead', '\rlead'])('neutralises a formula-like cell %p with a leading apostrophe', (value) => {
    expect(csvCell(value)).toBe(`"'${value.replace(/"/g, '""')}"`);
  });

  it('writes objects as JSON and dates as ISO', () => {
    expect(csvCell({ coupleId: 'c1' })).toBe('"{""coupleId"":""c1""}"');
    expect(csvCell(new Date('2026-01-02T03:04:05Z'))).toBe('"2026-01-02T03:04:05.000Z"');
  });
});
