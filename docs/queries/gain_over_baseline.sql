-- Which papers claim a gain over a named baseline, by how much and in which metric?
SELECT title, method, baseline, kind, value, unit, metric, evidence
FROM claim_view
WHERE kind IN ('improvement', 'comparison') AND baseline IS NOT NULL
ORDER BY title, baseline;
