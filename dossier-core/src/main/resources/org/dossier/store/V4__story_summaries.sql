-- Dossier store, schema version 4: a summary per story (counts, outlets, languages, span), kept by the store in
-- the transaction that changes the story, so that a list of many stories is one indexed query, and indexes for
-- the list's outlet and language filters.
CREATE TABLE story_summaries (
    story_id      TEXT PRIMARY KEY,
    title         TEXT,
    article_count INTEGER NOT NULL,
    outlet_count  INTEGER NOT NULL,
    outlets       TEXT NOT NULL,
    languages     TEXT NOT NULL,
    first_date    TEXT,
    last_date     TEXT,
    first_seq     INTEGER NOT NULL
);
CREATE INDEX story_summaries_articles ON story_summaries(article_count DESC, first_seq);
CREATE INDEX story_summaries_first ON story_summaries(first_date);
CREATE INDEX story_summaries_last ON story_summaries(last_date);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_language ON articles(language);
INSERT INTO story_summaries(story_id, title, article_count, outlet_count, outlets, languages, first_date, last_date, first_seq)
SELECT s.id, s.title, COUNT(*),
       COUNT(DISTINCT CASE WHEN TRIM(a.outlet) = '' THEN NULL ELSE a.outlet END),
       json_group_array(DISTINCT CASE WHEN TRIM(a.outlet) = '' THEN NULL ELSE a.outlet END),
       json_group_array(DISTINCT CASE WHEN TRIM(a.language) = '' THEN NULL ELSE a.language END),
       MIN(a.published), MAX(a.published), MIN(p.seq)
FROM stories s JOIN story_articles sa ON sa.story_id = s.id JOIN articles a ON a.id = sa.article_id
     JOIN pages p ON p.id = a.id
GROUP BY s.id;
