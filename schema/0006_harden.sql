-- claimdiff schema 6: the file says it is claimdiff's (PRAGMA application_id "ClDf"), so that
-- claimdiff can tell its own databases from other applications' SQLite files and never writes
-- into those.
PRAGMA application_id = 1131168870;
