-- Which claims have no dataset attached?
SELECT kind, method, value, unit, baseline, title, evidence
FROM claim_view
WHERE dataset IS NULL
ORDER BY title, kind;
