-- Dossier store, schema version 2: what the input knew of a page besides its content.
ALTER TABLE pages ADD COLUMN url TEXT;
ALTER TABLE pages ADD COLUMN fetched_at TEXT;
ALTER TABLE pages ADD COLUMN content_type TEXT;
