-- Peer support (vertaisvalmentajat, issue 15): the peer coaches' memberships of clients' care networks, as
-- CareNetworkChanged carries them (role PEER_COACH), so that the reports count the clients who had peer support in
-- a period. One row per membership; until_date null while it goes on.
CREATE TABLE peer_support (
    member_id  UUID PRIMARY KEY,
    client_id  UUID NOT NULL,
    from_date  DATE NOT NULL,
    until_date DATE
);
CREATE INDEX peer_support_client ON peer_support (client_id);
