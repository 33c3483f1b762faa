-- A client with a non-disclosure order (turvakielto) has no municipality here: intake withholds it (security issue
-- item 15).
ALTER TABLE known_client ALTER COLUMN municipality_code DROP NOT NULL;
