-- What are the most used datasets for each task (papers that mention both)?
-- Add  AND t.year = 2022  to the WHERE clause for one year.
SELECT t.name AS task, d.name AS dataset, COUNT(DISTINCT t.paper_id) AS papers
FROM paper_entity t
JOIN paper_entity d ON d.paper_id = t.paper_id AND d.type = 'DATASET'
WHERE t.type = 'TASK'
GROUP BY t.name, d.name
ORDER BY task, papers DESC, dataset;
