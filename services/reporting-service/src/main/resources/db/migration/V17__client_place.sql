-- Where the client is on the service map now (issue 15), as case-owner's ClientPlaceChanged says: the place
-- (fi.polku.platform.servicemap.ServicePlace) and the day the client came to it, so that the flow report can count
-- the open clientships per place and how long they have been there. Rows projected before this migration have
-- none: rebuild the projections (POST /api/v1/admin/projections/rebuild) after upgrading.
ALTER TABLE client_flow ADD COLUMN place VARCHAR(40),
                        ADD COLUMN place_since DATE;
