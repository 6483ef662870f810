-- Views that make common questions one-liners; created with the database.
CREATE VIEW IF NOT EXISTS claim_view AS
SELECT c.id AS claim_id, c.paper_id, p.title, p.year, c.kind,
       c.method, c.dataset, c.metric, c.value, c.unit, c.baseline,
       c.confidence, c.text AS evidence
FROM claim c JOIN paper p ON p.id = c.paper_id;
CREATE VIEW IF NOT EXISTS entity_usage AS
SELECT e.id AS entity_id, e.type, e.name,
       COUNT(DISTINCT m.paper_id) AS papers, COUNT(*) AS mentions
FROM entity e JOIN mention m ON m.entity_id = e.id
GROUP BY e.id, e.type, e.name;
CREATE VIEW IF NOT EXISTS paper_entity AS
SELECT DISTINCT m.paper_id, p.title, p.year, e.id AS entity_id, e.type, e.name
FROM mention m JOIN entity e ON e.id = m.entity_id JOIN paper p ON p.id = m.paper_id;
CREATE VIEW IF NOT EXISTS paper_authors AS
SELECT pa.paper_id, p.title, pa.position, a.name AS author, pa.affiliation
FROM paper_author pa JOIN author a ON a.id = pa.author_id JOIN paper p ON p.id = pa.paper_id;
-- Score claims with a value on a dataset: ORDER BY value within (dataset, metric) for a
-- leaderboard (metric may be null; whether higher is better depends on the metric).
CREATE VIEW IF NOT EXISTS leaderboard AS
SELECT c.dataset, c.metric, c.method, c.value, c.unit, p.title, p.year, c.paper_id,
       c.confidence, c.text AS evidence
FROM claim c JOIN paper p ON p.id = c.paper_id
WHERE c.kind = 'score' AND c.value IS NOT NULL AND c.dataset IS NOT NULL;
