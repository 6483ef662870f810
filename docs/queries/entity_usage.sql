-- Which entities are mentioned in the most papers?
SELECT type, name, papers, mentions
FROM entity_usage
ORDER BY papers DESC, mentions DESC, type, name
LIMIT 50;
