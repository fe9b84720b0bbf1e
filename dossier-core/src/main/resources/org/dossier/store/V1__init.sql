-- Dossier store, schema version 1.
CREATE TABLE pages (
    id          TEXT PRIMARY KEY,
    source      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    seq         INTEGER NOT NULL
);
CREATE TABLE articles (
    id           TEXT PRIMARY KEY REFERENCES pages(id),
    published    TEXT,
    outlet       TEXT,
    language     TEXT,
    duplicate_of TEXT,
    derived_from TEXT,
    json         TEXT NOT NULL
);
CREATE TABLE stories (
    id         TEXT PRIMARY KEY,
    title      TEXT,
    updated_at TEXT NOT NULL
);
CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    story_id   TEXT NOT NULL REFERENCES stories(id)
);
CREATE INDEX story_articles_story ON story_articles(story_id);
CREATE TABLE annotations (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    json       TEXT NOT NULL
);
