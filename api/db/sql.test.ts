import { positional } from './sql';

describe('placeholders sent to PostgreSQL as bound parameters', () => {
  it('numbers each ? in order', () => {
    expect(positional('update task set assignee_id = ? where id = ? and status = ?')).toBe('update task set assignee_id = $1 where id = $2 and status = $3');
  });

  it('leaves a ? inside a string literal, a quoted identifier or a comment alone', () => {
    expect(positional(`select 'Có gì không?' as q, "a?b" from t where x = ? -- còn gì nữa?\n and y = ?`))
      .toBe(`select 'Có gì không?' as q, "a?b" from t where x = $1 -- còn gì nữa?\n and y = $2`);
  });

  it('reads a doubled quote as part of the literal, not its end', () => {
    expect(positional(`select 'it''s ?' || ? as s`)).toBe(`select 'it''s ?' || $1 as s`);
  });

  it('keeps casts after a placeholder', () => {
    expect(positional('select * from t where code = any(?::text[]) and data @> ?::jsonb')).toBe('select * from t where code = any($1::text[]) and data @> $2::jsonb');
  });
});
