-- claimdiff schema 2: full-text search over claims (their sentence and subject), accent- and
-- case-insensitive; rowid is the claim id.
CREATE VIRTUAL TABLE claim_fts USING fts5(
    sentence,
    subject,
    tokenize = 'unicode61 remove_diacritics 2'
);
