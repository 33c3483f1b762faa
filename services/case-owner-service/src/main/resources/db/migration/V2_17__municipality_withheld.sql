-- A client with a non-disclosure order (turvakielto) has no municipality here: intake withholds it (security issue
-- item 15). Such a client waits in the unassigned queue for a coordinator to place.
ALTER TABLE known_client ALTER COLUMN municipality_code DROP NOT NULL;
