-- Dossier store, schema version 3: pages by ingest order. Each new page takes MAX(seq) + 1 and every listing
-- sorts by seq; without an index both read the whole table, which made an ingest quadratic in the store's size.
CREATE UNIQUE INDEX pages_seq ON pages(seq);
